import type { MemberRole } from '@pameran/contracts';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useFairPath } from '../fair/useFairSlug';

const TABS = [
  { to: '/exhibitor', key: 'home', end: true },
  { to: '/exhibitor/booth', key: 'booth' },
  { to: '/exhibitor/products', key: 'products' },
  { to: '/exhibitor/staff', key: 'staff' },
  { to: '/exhibitor/leads', key: 'leads' },
  // Scanning badges at the booth (the onsite feature's texts).
  { to: '/exhibitor/scan', key: 'scan', label: 'onsite.nav.scan' },
  { to: '/exhibitor/buyers', key: 'buyers' },
] as const;

/** Back-office sections as a row of tabs that scrolls sideways on a phone. */
export function BackofficeNav({ role }: { role: MemberRole }) {
  const { t } = useTranslation();
  const at = useFairPath();
  return (
    <nav className="bo-nav" aria-label={t('backoffice.nav.label')}>
      {TABS.filter((tab) => role === 'owner' || tab.key !== 'staff').map((tab) => (
        <NavLink
          key={tab.key}
          to={at(tab.to)}
          end={'end' in tab}
          className={({ isActive }) => (isActive ? 'bo-nav__tab bo-nav__tab--active' : 'bo-nav__tab')}
          data-testid={`bo-nav-${tab.key}`}
        >
          {'label' in tab ? t(tab.label) : t(`backoffice.nav.${tab.key}`)}
        </NavLink>
      ))}
    </nav>
  );
}
