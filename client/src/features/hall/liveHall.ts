import type { HallSnapshot } from '@pameran/contracts';
import type { HallSocket } from '../../lib/socket';
import { lastHallState } from '../../lib/useHallSocket';
import { useHall } from '../../stores/hall';
import { hallApi } from './hallApi';

/** Read a booth's chat history into the store (after opening it, and after a reconnect to fill the gap). */
export async function loadChatHistory(boothId: string, signal?: AbortSignal): Promise<void> {
  const { items } = await hallApi.chat(boothId, signal);
  useHall.getState().actions.setHistory(boothId, items);
}

/**
 * Feed the hall store from the socket. After every (re)connect the server sends `hall:snapshot`: counts
 * are replaced wholesale and the open booth's chat is re-read. A drop marks the counts unsynced and
 * forgets the peers (the new connection is told who is around again).
 * Returns the function that stops listening.
 */
export function bindHallSocket(socket: HallSocket): () => void {
  const a = useHall.getState().actions;
  const onSnapshot = (snapshot: HallSnapshot) => {
    a.applySnapshot(snapshot);
    // Messages sent while we were away: read the open booth's chat again (useBoothVisit re-enters it).
    const boothId = useHall.getState().activeBoothId;
    if (boothId) void loadChatHistory(boothId).catch(() => undefined);
  };
  const onDeleted = ({ boothId, id }: { boothId: string; id: string }) => a.deleteMessage(boothId, id);
  socket.on('hall:snapshot', onSnapshot);
  socket.on('occupancy', a.applyOccupancy);
  socket.on('peers', a.applyPeers);
  socket.on('chat:message', a.addMessage);
  socket.on('chat:deleted', onDeleted);
  socket.on('booth:visitors', a.setVisitors);
  socket.on('announcement', a.addAnnouncement);
  socket.on('moderation', a.setModeration);
  socket.on('disconnect', a.unsynced);
  // Joined before this view listened (the shared socket was opened elsewhere): catch up from what came then.
  const { snapshot, announcements } = lastHallState();
  if (snapshot && socket.connected) {
    onSnapshot(snapshot);
    announcements.forEach(a.addAnnouncement);
  }
  return () => {
    socket.off('hall:snapshot', onSnapshot);
    socket.off('occupancy', a.applyOccupancy);
    socket.off('peers', a.applyPeers);
    socket.off('chat:message', a.addMessage);
    socket.off('chat:deleted', onDeleted);
    socket.off('booth:visitors', a.setVisitors);
    socket.off('announcement', a.addAnnouncement);
    socket.off('moderation', a.setModeration);
    socket.off('disconnect', a.unsynced);
    a.unsynced();
  };
}
