import type { FairEvent, HallSnapshot } from '@pameran/contracts';
import { useEffect } from 'react';
import type { AsyncResult } from '../../lib/useAsync';
import { useHallSocket } from '../../lib/useHallSocket';
import { useConnectionState } from '../../stores/connection';
import { useFair } from '../../stores/fair';
import { useSession } from '../../stores/session';
import { useFairSlug } from '../fair/useFairSlug';

/** Without a live socket (signed out, refused, offline) the schedule is re-read this often. */
export const POLL_MS = 30_000;

/**
 * The fair event with its schedule kept live while a page shows it: fresh on open, then pushed over the
 * hall socket (`schedule:state`, and `hall:snapshot` on every (re)connect) when someone is signed in,
 * else re-read every 30 s. It lives in the fair store, so the header's "now / next" moves with the page.
 * The fair is the page's (`/e/:slug`); an event of another fair still in the store is never returned.
 */
export function useLiveSchedule(): AsyncResult<FairEvent> {
  const slug = useFairSlug();
  const signedIn = useSession((s) => s.user !== null);
  const socket = useHallSocket(slug, signedIn);
  const pushed = useConnectionState() === 'connected' && socket !== null;
  const { load, applySchedule } = useFair((s) => s.actions);
  const event = useFair((s) => (s.event?.slug === slug ? s.event : null));
  const error = useFair((s) => s.error);
  const loading = useFair((s) => s.loading);

  useEffect(() => {
    void load(slug);
  }, [load, slug]);

  useEffect(() => {
    if (!socket) return;
    const onSnapshot = ({ hallOpen, sessions }: HallSnapshot) => applySchedule({ hallOpen, sessions });
    socket.on('schedule:state', applySchedule);
    socket.on('hall:snapshot', onSnapshot);
    return () => {
      socket.off('schedule:state', applySchedule);
      socket.off('hall:snapshot', onSnapshot);
    };
  }, [socket, applySchedule]);

  useEffect(() => {
    if (pushed) return;
    const timer = setInterval(() => void load(slug), POLL_MS);
    return () => clearInterval(timer);
  }, [pushed, load, slug]);

  return {
    data: event ?? undefined,
    previous: event ?? undefined,
    // A failed re-read keeps the last good schedule on screen; only a first load that failed is an error.
    error: event || error === null ? undefined : error,
    loading,
    reload: () => void load(slug),
  };
}
