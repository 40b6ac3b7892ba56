import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../stores/session';
import { useFairRights } from '../fair/fairRights';
import { fairPath } from '../fair/fairPath';
import { useRouteFairSlug } from '../fair/useFairSlug';

/**
 * On-site pages in the account menu, of the fair of this page: the badge for registered people, the QR sheets
 * for its organisers.
 */
export function OnsiteMenuLinks({ onNavigate }: { onNavigate(): void }) {
  const { t } = useTranslation();
  const user = useSession((s) => s.user);
  const fair = useRouteFairSlug();
  const { organiser } = useFairRights();
  if (!user || user.isGuest || !fair) return null;
  const links: [string, string, string][] = [
    [fairPath(fair, '/me/badge'), t('onsite.nav.badge'), 'menu-badge'],
  ];
  if (organiser) links.push([fairPath(fair, '/console/qr'), t('onsite.nav.sheets'), 'menu-qr-sheets']);
  return links.map(([to, label, testId]) => (
    <Link key={to} className="menu__item" to={to} onClick={onNavigate} data-testid={testId}>
      {label}
    </Link>
  ));
}
