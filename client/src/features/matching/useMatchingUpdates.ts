import { useEffect, useEffectEvent } from 'react';
import { useHallSocket } from '../../lib/useHallSocket';
import { useSession } from '../../stores/session';
import { useFairSlug } from '../fair/useFairSlug';

/** Call `onUpdate` whenever the server pushes a meeting change or a notification to this person. */
export function useMatchingUpdates(onUpdate: () => void): void {
  const signedIn = useSession((s) => s.user !== null);
  const socket = useHallSocket(useFairSlug(), signedIn);
  const update = useEffectEvent(onUpdate);
  useEffect(() => {
    if (!socket) return;
    const handler = () => update();
    socket.on('meeting:state', handler);
    socket.on('notification', handler);
    return () => {
      socket.off('meeting:state', handler);
      socket.off('notification', handler);
    };
  }, [socket]);
}
