import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n';
import { useFair } from '../../stores/fair';
import { fairPath } from '../fair/fairPath';
import { useHomeFair, useRouteFairSlug } from '../fair/useFairSlug';
import { NotificationBell } from '../matching/NotificationBell';
import { AccountMenu } from './AccountMenu';
import { HallStatus } from './HallStatus';
import { LanguageSwitch } from './LanguageSwitch';

/**
 * The bar above every page. On a fair's pages it names that fair and shows its hall's state; on account
 * pages (sign-in, profile, mail settings) it leads back to the fair the person came from, or to the list of
 * fairs when they came from none.
 */
export function Header() {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const inFair = useRouteFairSlug();
  const home = useHomeFair();
  const event = useFair((s) => s.event);
  const shown = event && event.slug === home ? event : null;

  return (
    <header className="header">
      <div className="header__bar">
        <Link to={shown ? fairPath(shown.slug, '/catalogue') : '/'} className="header__brand">
          <span className="header__logo" aria-hidden="true" />
          <span className="header__names">
            <span className="header__app">{t('app.name')}</span>
            <span className="header__fair" data-testid="fair-name">
              {shown ? pick(shown.name) : t('fairsite.allFairs')}
            </span>
          </span>
        </Link>
        <div className="header__tools">
          {shown && (
            <Link to={fairPath(shown.slug, '/hall')} className="header__hall" data-testid="hall-link">
              {t('hallview.link')}
            </Link>
          )}
          <NotificationBell />
          <LanguageSwitch />
          <AccountMenu />
        </div>
      </div>
      {shown && inFair === shown.slug && <HallStatus event={shown} />}
    </header>
  );
}
