import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../stores/session';

/** Business-matching pages in the account menu, for the roles that use them. */
export function MatchingMenuLinks({ onNavigate }: { onNavigate(): void }) {
  const { t } = useTranslation();
  const user = useSession((s) => s.user);
  if (!user || user.isGuest) return null;
  const links: [string, string][] = [];
  if (user.role === 'buyer' || user.exhibitorId)
    links.push(
      ['/meetings', t('matching.nav.meetings')],
      ['/deals', t('matching.nav.deals')],
      ['/sourcing', t('matching.nav.sourcing')],
      ['/messages', t('messages.nav')],
    );
  if (user.role === 'buyer')
    links.push(['/shortlist', t('matching.nav.shortlist')], ['/me/profile', t('suggest.nav.profile')]);
  if (user.role === 'organiser') links.push(['/organiser/matching', t('matching.nav.organiser')]);
  return links.map(([to, label]) => (
    <Link
      key={to}
      className="menu__item"
      to={to}
      onClick={onNavigate}
      data-testid={`menu-${to.slice(1).replace('/', '-')}`}
    >
      {label}
    </Link>
  ));
}
