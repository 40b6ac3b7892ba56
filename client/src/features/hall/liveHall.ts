import type { HallSnapshot } from '@pameran/contracts';
import type { HallSocket } from '../../lib/socket';
import { lastHallState } from '../../lib/useHallSocket';
import { useHallBooths } from '../../stores/hall/booths';
import { useHallChat } from '../../stores/hall/chat';
import { useHallNotices } from '../../stores/hall/notices';
import { usePeers } from '../../stores/hall/peers';
import { hallApi } from './hallApi';

/** Read a booth's chat history into the store (after opening it, and after a reconnect to fill the gap). */
export async function loadChatHistory(boothId: string, signal?: AbortSignal): Promise<void> {
  const { items } = await hallApi.chat(boothId, signal);
  useHallChat.getState().actions.setHistory(boothId, items);
}

/**
 * Feed the hall stores from the socket. After every (re)connect the server sends `hall:snapshot`: counts
 * are replaced wholesale and the open booth's chat is re-read. A drop marks the counts unsynced and
 * forgets the peers (the new connection is told who is around again).
 * Returns the function that stops listening.
 */
export function bindHallSocket(socket: HallSocket): () => void {
  const booths = useHallBooths.getState().actions;
  const chat = useHallChat.getState().actions;
  const notices = useHallNotices.getState().actions;
  const peers = usePeers.getState().actions;
  const onSnapshot = (snapshot: HallSnapshot) => {
    booths.applySnapshot(snapshot.occupancy);
    notices.setModeration(snapshot.moderation);
    // Messages sent while we were away: read the open booth's chat again (useBoothVisit re-enters it).
    const boothId = useHallBooths.getState().activeBoothId;
    if (boothId) void loadChatHistory(boothId).catch(() => undefined);
  };
  const onDeleted = ({ boothId, id }: { boothId: string; id: string }) => chat.deleteMessage(boothId, id);
  const unsynced = () => {
    booths.unsynced();
    peers.forget();
  };
  socket.on('hall:snapshot', onSnapshot);
  socket.on('occupancy', booths.applyOccupancy);
  socket.on('peers', peers.apply);
  socket.on('chat:message', chat.addMessage);
  socket.on('chat:deleted', onDeleted);
  socket.on('booth:visitors', booths.setVisitors);
  socket.on('announcement', notices.addAnnouncement);
  socket.on('moderation', notices.setModeration);
  socket.on('disconnect', unsynced);
  // Joined before this view listened (the shared socket was opened elsewhere): catch up from what came then.
  const { snapshot, announcements } = lastHallState();
  if (snapshot && socket.connected) {
    onSnapshot(snapshot);
    announcements.forEach(notices.addAnnouncement);
  }
  return () => {
    socket.off('hall:snapshot', onSnapshot);
    socket.off('occupancy', booths.applyOccupancy);
    socket.off('peers', peers.apply);
    socket.off('chat:message', chat.addMessage);
    socket.off('chat:deleted', onDeleted);
    socket.off('booth:visitors', booths.setVisitors);
    socket.off('announcement', notices.addAnnouncement);
    socket.off('moderation', notices.setModeration);
    socket.off('disconnect', unsynced);
    unsynced();
  };
}
