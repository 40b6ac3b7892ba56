import { useState } from 'react';
import { meetingsApi } from '../../lib/matchingApi';
import { useAsync } from '../../lib/useAsync';
import { useNow } from '../../lib/useNow';
import { useSession } from '../../stores/session';
import { useFairSlug } from '../fair/useFairSlug';
import { JoinCallButton } from '../call/JoinCallButton';
import { useMatchingUpdates } from './useMatchingUpdates';

/**
 * In a booth: the signed-in person's next online meeting with this booth, with its "Join call" button
 * (which lights up from 5 minutes before the slot). Nothing for guests or without such a meeting.
 */
export function BoothMeetingJoin({ boothId }: { boothId: string }) {
  const user = useSession((s) => s.user);
  const slug = useFairSlug();
  const now = useNow();
  const [version, setVersion] = useState(0);
  useMatchingUpdates(() => setVersion((v) => v + 1));
  const mine = useAsync(user && !user.isGuest ? `booth-meetings:${slug}:${version}` : null, (signal) =>
    meetingsApi.mine(slug, signal),
  );
  const next = mine.data?.items.find(
    (m) =>
      m.exhibitor.boothId === boothId &&
      m.mode === 'online' &&
      (m.status === 'scheduled' || m.status === 'live') &&
      Date.parse(m.end) > now,
  );
  return next ? <JoinCallButton meeting={next} /> : null;
}
