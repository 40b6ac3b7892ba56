import type { Locale } from '@pameran/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { useLanguage } from '../../i18n';
import { isApiError } from '../../lib/api';
import { fairApi, type FairCard } from '../../lib/endpoints';
import { formatDateRange, zoneName } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { LanguageSwitch } from '../frame/LanguageSwitch';
import { fairPath } from './fairPath';
import '../../styles/fairs.css';

/** Fairs that are over (their pages stay readable); the others are current or coming. */
const PAST: readonly FairCard['status'][] = ['closed', 'archived'];

function FairCardView({ fair, lang }: { fair: FairCard; lang: Locale }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const name = pick(fair.name);
  return (
    <li className="card fair-card" data-testid="fair-card" data-slug={fair.slug}>
      <p className="fair-card__meta">
        <span className={`badge ${fair.status === 'live' ? 'badge--live' : 'badge--closed'}`}>
          {fair.status === 'live' && <span className="badge__dot" aria-hidden="true" />}
          {t(`fairsite.status.${fair.status}`)}
        </span>
        <span className="muted">{t('fairsite.front.zone', { zone: zoneName(fair.timeZone) })}</span>
      </p>
      <h3 className="fair-card__name">
        <Link to={fairPath(fair.slug)} data-testid="fair-enter">
          {name}
        </Link>
      </h3>
      <p className="muted">{formatDateRange(fair.startsOn, fair.endsOn, lang)}</p>
    </li>
  );
}

function FairGroup({ title, fairs, lang }: { title: string; fairs: FairCard[]; lang: Locale }) {
  if (fairs.length === 0) return null;
  return (
    <section className="fairs__group" aria-label={title}>
      <h2>{title}</h2>
      <ul className="fairs__list">
        {fairs.map((f) => (
          <FairCardView key={f.slug} fair={f} lang={lang} />
        ))}
      </ul>
    </section>
  );
}

/**
 * The front page (`/`): every fair the installation announces, current and coming first, then past ones,
 * each leading to its own pages (`/e/:slug`). A server that lists no fairs yet (an older one without the
 * list) shows the empty state, not an error.
 */
export function FrontPage() {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const fairs = useAsync('fairs', async (signal) => {
    try {
      return (await fairApi.list(signal)).items;
    } catch (e) {
      if (isApiError(e) && e.statusCode === 404) return [];
      throw e;
    }
  });

  return (
    <div className="fairs" data-testid="front-page">
      <section className="entry__welcome">
        <h1>{t('fairsite.front.title')}</h1>
        <p className="entry__lead">{t('fairsite.front.lead')}</p>
      </section>
      <section className="entry__language" aria-label={t('language.label')}>
        <h2 className="entry__step">{t('entry.chooseLanguage')}</h2>
        <LanguageSwitch variant="large" testIdPrefix="entry-lang" />
      </section>
      <AsyncContent result={fairs} isEmpty={(list) => list.length === 0} empty={t('fairsite.front.empty')}>
        {(list) => (
          <>
            <FairGroup
              title={t('fairsite.front.current')}
              fairs={list.filter((f) => !PAST.includes(f.status))}
              lang={lang}
            />
            <FairGroup
              title={t('fairsite.front.past')}
              fairs={list.filter((f) => PAST.includes(f.status))}
              lang={lang}
            />
          </>
        )}
      </AsyncContent>
    </div>
  );
}
