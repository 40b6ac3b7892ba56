import type { AckError } from '@pameran/contracts';
import { useEffect, useState } from 'react';
import { emitWithAck, type HallSocket } from '../../lib/socket';
import { useHallBoothsActions } from '../../stores/hall/booths';
import { loadChatHistory } from './liveHall';

export interface BoothVisit {
  /** The server counts us at the booth and sends us its chat. */
  entered: boolean;
  /** Why we could not enter (the ack's error, e.g. `hall_closed`), null otherwise. */
  refused: AckError | null;
}

/**
 * Stand at a booth while its panel is open: `booth:enter` (counted, joined to its chat), its chat
 * history read, and `booth:leave` when the panel closes. A reconnect re-enters (see bindHallSocket).
 */
export function useBoothVisit(boothId: string, socket: HallSocket | null): BoothVisit {
  const [visit, setVisit] = useState<BoothVisit & { key: string | null }>({
    key: null,
    entered: false,
    refused: null,
  });
  const { setActiveBooth } = useHallBoothsActions();

  useEffect(() => {
    const controller = new AbortController();
    setActiveBooth(boothId);
    void loadChatHistory(boothId, controller.signal).catch(() => undefined);
    return () => {
      controller.abort();
      setActiveBooth(null);
    };
  }, [boothId, setActiveBooth]);

  useEffect(() => {
    if (!socket) return;
    let current = true;
    const enter = () =>
      void emitWithAck(socket, 'booth:enter', { boothId }).then((ack) => {
        if (current) setVisit({ key: boothId, entered: ack.ok, refused: ack.ok ? null : ack.error });
      });
    if (socket.connected) enter();
    socket.on('connect', enter);
    return () => {
      current = false;
      socket.off('connect', enter);
      void emitWithAck(socket, 'booth:leave', {});
    };
  }, [boothId, socket]);

  return visit.key === boothId ? visit : { entered: false, refused: null };
}
