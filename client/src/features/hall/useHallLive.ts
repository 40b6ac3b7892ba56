import { useEffect } from 'react';
import type { HallSocket } from '../../lib/socket';
import { useHallSocket } from '../../lib/useHallSocket';
import { useHallBooths } from '../../stores/hall/booths';
import { useSession } from '../../stores/session';
import { useFairSlug } from '../fair/useFairSlug';
import { hallApi } from './hallApi';
import { bindHallSocket } from './liveHall';

/**
 * The hall page's live feed: every booth (once per visit to the page, with its count) and, when signed
 * in, the socket feeding counts, peers, chat and announcements into the hall store.
 */
export function useHallLive(): { socket: HallSocket | null; error: unknown } {
  const slug = useFairSlug();
  const signedIn = useSession((s) => s.user !== null);
  const socket = useHallSocket(slug, signedIn);
  const { setBooths, loadFailed } = useHallBooths((s) => s.actions);
  const error = useHallBooths((s) => s.error);

  useEffect(() => {
    const controller = new AbortController();
    hallApi.booths(slug, controller.signal).then(
      (list) => setBooths(list.items),
      (e: unknown) => {
        if (!controller.signal.aborted) loadFailed(e);
      },
    );
    return () => controller.abort();
  }, [slug, setBooths, loadFailed]);

  useEffect(() => (socket ? bindHallSocket(socket) : undefined), [socket]);
  return { socket, error };
}
