import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../stores/session';
import { useFairRights } from '../fair/fairRights';
import { fairPath } from '../fair/fairPath';
import { useRouteFairSlug } from '../fair/useFairSlug';

/**
 * Business-matching pages in the account menu, for what the person is in the fair of this page (buyers, its
 * exhibitors' staff, its organisers); the buyer profile is the account's, in every fair and outside them.
 */
export function MatchingMenuLinks({ onNavigate }: { onNavigate(): void }) {
  const { t } = useTranslation();
  const user = useSession((s) => s.user);
  const fair = useRouteFairSlug();
  const { organiser, exhibitorId } = useFairRights();
  if (!user || user.isGuest) return null;
  /** [address, label, test id]. */
  const links: [string, string, string][] = [];
  if (fair && (user.role === 'buyer' || exhibitorId))
    links.push(
      [fairPath(fair, '/meetings'), t('matching.nav.meetings'), 'menu-meetings'],
      [fairPath(fair, '/deals'), t('matching.nav.deals'), 'menu-deals'],
      [fairPath(fair, '/sourcing'), t('matching.nav.sourcing'), 'menu-sourcing'],
      [fairPath(fair, '/messages'), t('messages.nav'), 'menu-messages'],
    );
  if (fair && user.role === 'buyer')
    links.push([fairPath(fair, '/shortlist'), t('matching.nav.shortlist'), 'menu-shortlist']);
  if (user.role === 'buyer') links.push(['/me/profile', t('suggest.nav.profile'), 'menu-me-profile']);
  if (fair && organiser)
    links.push([fairPath(fair, '/console/matching'), t('matching.nav.organiser'), 'menu-organiser-matching']);
  return links.map(([to, label, testId]) => (
    <Link key={to} className="menu__item" to={to} onClick={onNavigate} data-testid={testId}>
      {label}
    </Link>
  ));
}
