import { CATEGORIES } from '@pameran/contracts';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n';
import { formatDateRange } from '../../lib/format';
import { useFair } from '../../stores/fair';
import { useUser } from '../../stores/session';
import { LanguageSwitch } from '../frame/LanguageSwitch';
import { loadEntryForms } from './loadEntryForms';
import { useFairPath } from '../fair/useFairSlug';

const GuestForm = lazy(() => loadEntryForms().then((m) => ({ default: m.GuestForm })));

/** The guest card's heading and intro while its form arrives, so the page does not jump when it does. */
function GuestFormPlaceholder() {
  const { t } = useTranslation();
  return (
    <section className="card form" aria-busy="true" data-testid="guest-form-loading">
      <h2>{t('entry.guest.title')}</h2>
      <p className="muted">{t('entry.guest.intro')}</p>
      <span className="spinner" aria-hidden="true" />
    </section>
  );
}

/** A fair's front door (`/e/:slug`): pick a language, read what the fair is, enter as a guest or sign in. */
export function EntryPage() {
  const { t } = useTranslation();
  const { lang, pick } = useLanguage();
  const event = useFair((s) => s.event);
  const at = useFairPath();
  const user = useUser();

  return (
    <div className="entry">
      <section className="entry__welcome" aria-labelledby="entry-title">
        <p className="eyebrow">{event && formatDateRange(event.startsOn, event.endsOn, lang)}</p>
        <h1 id="entry-title">{event && pick(event.name)}</h1>
        <p className="entry__lead">{(event && pick(event.description)) || t('entry.welcome')}</p>
        <ul className="entry__facts">
          <li>{t('entry.facts.booths')}</li>
          <li>{t('entry.facts.categories', { count: CATEGORIES.length })}</li>
          <li>{t('entry.facts.whatsapp')}</li>
        </ul>
      </section>

      <section className="entry__language" aria-label={t('language.label')}>
        <h2 className="entry__step">{t('entry.chooseLanguage')}</h2>
        <LanguageSwitch variant="large" testIdPrefix="entry-lang" />
      </section>

      {user ? (
        <section className="card">
          <h2>{t('entry.welcomeBack', { name: user.displayName })}</h2>
          <Link className="button button--primary button--wide" to={at('/catalogue')} data-testid="continue">
            {t('entry.continue')}
          </Link>
        </section>
      ) : (
        <Suspense fallback={<GuestFormPlaceholder />}>
          <GuestForm />
        </Suspense>
      )}

      <p className="entry__accounts">
        {t('entry.haveAccount')}{' '}
        <Link to="/login" data-testid="go-login">
          {t('auth.signIn')}
        </Link>
        {' · '}
        <Link to="/register" data-testid="go-register">
          {t('auth.register')}
        </Link>
      </p>
    </div>
  );
}
