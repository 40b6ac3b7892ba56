import type { FairRights, User } from '@pameran/contracts';
import { fairRightsKey, useFairRightsStore } from '../features/fair/fairRights';
import { useSession } from '../stores/session';
import { FAIR } from './inFair';

const NOBODY: FairRights = { role: 'visitor', exhibitorId: null, boothId: null, teamRole: null };

/**
 * Signs `user` in and says what they are in a fair (the test fair unless named), as the server's
 * `GET /api/events/:slug/me` would: components then read it without asking.
 */
export function signInWithRights(
  user: User,
  rights: Partial<FairRights> = {},
  slug = FAIR.replace('/e/', ''),
): void {
  useSession.setState({ user });
  const round = useFairRightsStore.getState().round;
  useFairRightsStore.setState((s) => ({
    entries: {
      ...s.entries,
      [fairRightsKey(user.id, slug)]: { rights: { ...NOBODY, role: user.role, ...rights }, round },
    },
  }));
}
