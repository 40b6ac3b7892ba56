import type { TalkStaffView, TalkState, TalkVisitorView } from '@pameran/contracts';
import { useCallback, useEffect, useState } from 'react';
import type { HallSocket } from '../../lib/socket';
import { talkApi } from '../../lib/talkApi';

/** Staff renew "at the booth" this often while their panel is open (the server lets it lapse after 15 min). */
const RENEW_MS = 5 * 60_000;

/**
 * The caller's talk-now at a booth: read once when the panel opens, then kept by the hall's pushes
 * (`talk:staff` to the booth's staff, `talk:visitor` to the visitor). `apply` takes a step's answer.
 */
export function useTalkNow(boothId: string, socket: HallSocket | null) {
  const [state, setState] = useState<TalkState | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    talkApi.state(boothId, controller.signal).then(setState, () => undefined);
    return () => controller.abort();
  }, [boothId]);

  useEffect(() => {
    if (!socket) return;
    const onStaff = (staff: TalkStaffView) => staff.boothId === boothId && setState({ as: 'staff', staff });
    const onVisitor = (visitor: TalkVisitorView) =>
      visitor.boothId === boothId && setState({ as: 'visitor', visitor });
    socket.on('talk:staff', onStaff);
    socket.on('talk:visitor', onVisitor);
    return () => {
      socket.off('talk:staff', onStaff);
      socket.off('talk:visitor', onVisitor);
    };
  }, [boothId, socket]);

  const apply = useCallback(
    (view: TalkStaffView | TalkVisitorView) =>
      setState('available' in view ? { as: 'staff', staff: view } : { as: 'visitor', visitor: view }),
    [],
  );
  return { state, apply };
}

/** Keeps staff's "at the booth" from lapsing while they say they are there. */
export function useRenewAvailability(boothId: string, on: boolean): void {
  useEffect(() => {
    if (!on) return;
    const id = setInterval(() => void talkApi.setAvailable(boothId, true).catch(() => undefined), RENEW_MS);
    return () => clearInterval(id);
  }, [boothId, on]);
}
