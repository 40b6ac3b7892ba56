import type { ThreadMessageEvent, ThreadMessageHidden } from '@pameran/contracts';
import { useEffect, useEffectEvent } from 'react';
import { useHallSocket } from '../../lib/useHallSocket';
import { useSession } from '../../stores/session';
import { useFairSlug } from '../fair/useFairSlug';

/** Calls back on every new message (`thread:message`) and hidden message (`thread:hidden`) pushed to this person. */
export function useThreadEvents(handlers: {
  onMessage(e: ThreadMessageEvent): void;
  onHidden?(e: ThreadMessageHidden): void;
}): void {
  const signedIn = useSession((s) => Boolean(s.user && !s.user.isGuest));
  const socket = useHallSocket(useFairSlug(), signedIn);
  const onMessage = useEffectEvent((e: ThreadMessageEvent) => handlers.onMessage(e));
  const onHidden = useEffectEvent((e: ThreadMessageHidden) => handlers.onHidden?.(e));
  useEffect(() => {
    if (!socket) return;
    socket.on('thread:message', onMessage);
    socket.on('thread:hidden', onHidden);
    return () => {
      socket.off('thread:message', onMessage);
      socket.off('thread:hidden', onHidden);
    };
  }, [socket]);
}
