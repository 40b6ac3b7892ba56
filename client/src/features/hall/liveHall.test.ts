import type { ChatMessage } from '@pameran/contracts';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HallSocket } from '../../lib/socket';
import { useHallBooths } from '../../stores/hall/booths';
import { useHallChat } from '../../stores/hall/chat';
import { useHallNotices } from '../../stores/hall/notices';
import { usePeers } from '../../stores/hall/peers';
import { fakeSocket } from '../../test/fakeSocket';
import { boothFixture } from './hallFixtures';
import { hallApi } from './hallApi';
import { bindHallSocket } from './liveHall';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

const snapshot = (occupancy: Record<string, number>) => ({
  sessions: [],
  hallOpen: true,
  occupancy,
  moderation: { state: 'ok' as const },
});

const missed: ChatMessage = {
  id: 'm1',
  boothId: A,
  userId: 'u2',
  authorName: 'Ustadz Hasan',
  authorRole: 'exhibitor',
  fromStaff: true,
  text: 'Selamat datang',
  createdAt: '2020-12-05T03:00:00Z',
};

describe('hall socket → store', () => {
  beforeEach(() => {
    useHallBooths.setState(useHallBooths.getInitialState(), true);
    useHallChat.setState(useHallChat.getInitialState(), true);
    useHallNotices.setState(useHallNotices.getInitialState(), true);
    usePeers.setState(usePeers.getInitialState(), true);
  });

  it('resyncs from the snapshot after a reconnect and re-reads the open booth’s chat', async () => {
    const chat = vi.spyOn(hallApi, 'chat').mockResolvedValue({ items: [missed], total: 1, nextCursor: null });
    const socket = fakeSocket();
    const unbind = bindHallSocket(socket as unknown as HallSocket);
    useHallBooths.getState().actions.setBooths([boothFixture(A, 1), boothFixture(B, 1)]);

    socket.serverSends('hall:snapshot', snapshot({ [A]: 1, [B]: 1 }));
    socket.serverSends('occupancy', { changes: { [A]: 2 } });
    expect(useHallBooths.getState().occupancy).toEqual({ [A]: 2, [B]: 1 });

    useHallBooths.getState().actions.setActiveBooth(A);
    socket.serverSends('peers', { e: [1, 'p', 'Ani', 0, 0, 0] });
    socket.serverSends('disconnect', 'transport close');
    expect(useHallBooths.getState().synced).toBe(false);
    expect(usePeers.getState().count).toBe(0);

    // While we were away B emptied and a message was written at A; the new connection's snapshot tells.
    socket.serverSends('hall:snapshot', snapshot({ [A]: 3 }));
    expect(useHallBooths.getState().occupancy).toEqual({ [A]: 3, [B]: 0 });
    expect(useHallBooths.getState().synced).toBe(true);
    await vi.waitFor(() =>
      expect(useHallChat.getState().chat[A]?.map((m) => m.text)).toEqual(['Selamat datang']),
    );
    expect(chat).toHaveBeenCalledWith(A, undefined);

    unbind();
    expect(socket.listeners()).toBe(0);
  });

  it('shows announcements and live chat messages', () => {
    const socket = fakeSocket();
    bindHallSocket(socket as unknown as HallSocket);
    socket.serverSends('announcement', { id: 'a', text: 'Temu bisnis dimulai', audience: 'everyone' });
    socket.serverSends('chat:message', missed);
    socket.serverSends('chat:deleted', { boothId: A, id: 'nope' });
    expect(useHallNotices.getState().announcements.map((a) => a.text)).toEqual(['Temu bisnis dimulai']);
    expect(useHallChat.getState().chat[A]).toHaveLength(1);
  });
});
