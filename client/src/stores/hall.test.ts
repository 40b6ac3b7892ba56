import type { ChatMessage } from '@pameran/contracts';
import { beforeEach, describe, expect, it } from 'vitest';
import { boothFixture } from '../features/hall/hallFixtures';
import { livePeers, useHall } from './hall';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';

const message = (id: string, at: string, text = 'hi'): ChatMessage => ({
  id,
  boothId: A,
  userId: 'u1',
  authorName: 'Siti',
  authorRole: 'visitor',
  fromStaff: false,
  text,
  createdAt: at,
});

const initial = useHall.getState();
const actions = () => useHall.getState().actions;

describe('hall store', () => {
  beforeEach(() => {
    useHall.setState(initial, true);
    livePeers.clear();
  });

  it('applies occupancy deltas as absolute counts, only to the booths they name', () => {
    actions().setBooths([boothFixture(A, 2), boothFixture(B, 1)]);
    actions().applyOccupancy({ changes: { [A]: 3 } });
    actions().applyOccupancy({ changes: { [B]: 0, [A]: 4 } });
    expect(useHall.getState().occupancy).toEqual({ [A]: 4, [B]: 0 });
  });

  it('replaces every count from the snapshot after a reconnect, and missing booths count 0', () => {
    actions().setBooths([boothFixture(A, 5), boothFixture(B, 2), boothFixture(C, 1)]);
    actions().applySnapshot({
      sessions: [],
      hallOpen: true,
      occupancy: { [A]: 5 },
      moderation: { state: 'ok' },
    });
    actions().unsynced(); // the connection dropped: deltas were missed meanwhile
    expect(useHall.getState().synced).toBe(false);
    actions().applySnapshot({
      sessions: [],
      hallOpen: true,
      occupancy: { [B]: 7 },
      moderation: { state: 'ok' },
    });
    const s = useHall.getState();
    expect(s.occupancy).toEqual({ [A]: 0, [B]: 7, [C]: 0 });
    expect(s.synced).toBe(true);
    expect(s.snapshots).toBe(2);
  });

  it('keeps newer counts when an older booth list arrives after the snapshot', () => {
    actions().applySnapshot({
      sessions: [],
      hallOpen: true,
      occupancy: { [A]: 9 },
      moderation: { state: 'ok' },
    });
    actions().setBooths([boothFixture(A, 1), boothFixture(B, 3)]);
    expect(useHall.getState().occupancy).toEqual({ [A]: 9, [B]: 3 });
  });

  it('tracks peers in the mutable map and forgets them on a drop', () => {
    actions().applyPeers({ enter: [{ id: 'p1', name: 'Ani', x: 1, z: 2, ry: 0 }], update: [], leave: [] });
    actions().applyPeers({ enter: [], update: [{ id: 'p1', x: 5, z: 6, ry: 1 }], leave: [] });
    expect(livePeers.get('p1')).toMatchObject({ x: 5, z: 6, ry: 1, rx: 1, rz: 2 });
    expect(useHall.getState().peerCount).toBe(1);
    actions().applyPeers({ enter: [], update: [], leave: ['p1'] });
    expect(useHall.getState().peerCount).toBe(0);
    actions().applyPeers({ enter: [{ id: 'p2', name: 'Budi', x: 0, z: 0, ry: 0 }], update: [], leave: [] });
    actions().unsynced();
    expect(livePeers.size).toBe(0);
  });

  it('merges history and live messages once each, in time order', () => {
    actions().addMessage(message('m3', '2020-12-05T03:00:03Z', 'live'));
    actions().setHistory(A, [message('m3', '2020-12-05T03:00:03Z'), message('m1', '2020-12-05T03:00:01Z')]);
    actions().addMessage(message('m2', '2020-12-05T03:00:02Z'));
    expect(useHall.getState().chat[A].map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
    actions().deleteMessage(A, 'm2');
    expect(useHall.getState().chat[A].map((m) => m.id)).toEqual(['m1', 'm3']);
  });

  it('drops a pending message once the room brings it back, whichever comes first', () => {
    actions().putPending({ clientMsgId: 'c1', boothId: A, text: 'hi', state: 'sending' });
    actions().putPending({ clientMsgId: 'c1', boothId: A, text: 'hi', state: 'sent', id: 'm9' });
    actions().addMessage(message('m9', '2020-12-05T03:00:09Z'));
    expect(useHall.getState().pending).toEqual([]);
    actions().addMessage(message('m10', '2020-12-05T03:00:10Z'));
    actions().putPending({ clientMsgId: 'c2', boothId: A, text: 'hi', state: 'sent', id: 'm10' });
    expect(useHall.getState().pending).toEqual([]);
  });

  it('shows an announcement once, and not again after it was closed', () => {
    const a = { id: 'a1', text: 'Temu bisnis dimulai', audience: 'everyone' as const };
    actions().addAnnouncement(a);
    actions().addAnnouncement(a);
    expect(useHall.getState().announcements).toHaveLength(1);
    actions().dismissAnnouncement('a1');
    actions().addAnnouncement(a);
    expect(useHall.getState().announcements).toEqual([]);
  });
});
