import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../stores/session';

/** On-site pages in the account menu: the badge for registered people, the QR sheets for organisers. */
export function OnsiteMenuLinks({ onNavigate }: { onNavigate(): void }) {
  const { t } = useTranslation();
  const user = useSession((s) => s.user);
  if (!user || user.isGuest) return null;
  const links: [string, string, string][] = [['/me/badge', t('onsite.nav.badge'), 'menu-badge']];
  if (user.role === 'organiser') links.push(['/organiser/qr', t('onsite.nav.sheets'), 'menu-qr-sheets']);
  return links.map(([to, label, testId]) => (
    <Link key={to} className="menu__item" to={to} onClick={onNavigate} data-testid={testId}>
      {label}
    </Link>
  ));
}
