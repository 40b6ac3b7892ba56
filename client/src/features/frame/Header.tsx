import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n';
import { useFair } from '../../stores/fair';
import { NotificationBell } from '../matching/NotificationBell';
import { AccountMenu } from './AccountMenu';
import { HallStatus } from './HallStatus';
import { LanguageSwitch } from './LanguageSwitch';

export function Header() {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const event = useFair((s) => s.event);

  return (
    <header className="header">
      <div className="header__bar">
        <Link to="/catalogue" className="header__brand">
          <span className="header__logo" aria-hidden="true" />
          <span className="header__names">
            <span className="header__app">{t('app.name')}</span>
            <span className="header__fair" data-testid="fair-name">
              {event ? pick(event.name) : t('entry.defaultTitle')}
            </span>
          </span>
        </Link>
        <div className="header__tools">
          <Link to="/hall" className="header__hall" data-testid="hall-link">
            {t('hallview.link')}
          </Link>
          <NotificationBell />
          <LanguageSwitch />
          <AccountMenu />
        </div>
      </div>
      <HallStatus />
    </header>
  );
}
