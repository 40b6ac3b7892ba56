import { randomUUID } from 'node:crypto';
import type { ActiveSanction } from '../../moderation/moderation.service';
import { SanctionsMemory } from './sanctions-memory';

const NOW = Date.parse('2026-12-05T01:00:00Z');
const FAIR = randomUUID();
const sanction = (over: Partial<ActiveSanction>): ActiveSanction => ({
  userId: randomUUID(),
  eventId: FAIR,
  kind: 'ban',
  address: null,
  deviceId: null,
  until: null,
  ...over,
});

describe('SanctionsMemory', () => {
  it('finds a ban on the person, on their signed device, and on a guest address', () => {
    const m = new SanctionsMemory();
    const [u, device] = [randomUUID(), randomUUID()];
    m.replace([
      sanction({ userId: u }),
      sanction({ address: '10.0.0.9', until: new Date(NOW + 60_000) }),
      sanction({ deviceId: device }),
    ]);
    expect(m.banOf(u, FAIR, null, null, NOW)).toEqual({ until: null });
    expect(m.banOf(randomUUID(), FAIR, '10.0.0.9', null, NOW)).toEqual({ until: new Date(NOW + 60_000) });
    expect(m.banOf(randomUUID(), FAIR, null, device, NOW)).toEqual({ until: null });
    expect(m.banOf(randomUUID(), FAIR, '10.0.0.8', randomUUID(), NOW)).toBeNull();
  });

  it('ignores a ban once its time is over, and a mute for the handshake', () => {
    const m = new SanctionsMemory();
    const u = randomUUID();
    m.replace([sanction({ userId: u, until: new Date(NOW + 1_000) }), sanction({ userId: u, kind: 'mute' })]);
    expect(m.banOf(u, FAIR, null, null, NOW)).not.toBeNull();
    expect(m.banOf(u, FAIR, null, null, NOW + 1_000)).toBeNull();
  });

  it('does not let a mute pinned to an address keep anyone out', () => {
    const m = new SanctionsMemory();
    m.replace([sanction({ kind: 'mute', address: '10.0.0.9' })]);
    expect(m.banOf(randomUUID(), FAIR, '10.0.0.9', null, NOW)).toBeNull();
  });

  it('answers the state as ModerationService does: banned beats muted, the longest ban wins', () => {
    const m = new SanctionsMemory();
    const u = randomUUID();
    const later = new Date(NOW + 3_600_000);
    m.replace([
      sanction({ userId: u, kind: 'mute' }),
      sanction({ userId: u, until: new Date(NOW + 60_000) }),
      sanction({ userId: u, until: later }),
    ]);
    expect(m.stateOf(u, FAIR, NOW)).toEqual({ state: 'banned', until: later.toISOString() });
    expect(m.stateOf(u, FAIR, later.getTime())).toEqual({ state: 'muted' });
    expect(m.stateOf(randomUUID(), FAIR, NOW)).toEqual({ state: 'ok' });
  });

  it('forgets what a replacement no longer holds (a lifted ban)', () => {
    const m = new SanctionsMemory();
    const u = randomUUID();
    m.replace([sanction({ userId: u })]);
    m.replace([]);
    expect(m.banOf(u, FAIR, null, null, NOW)).toBeNull();
  });

  it("holds a fair's sanction in that fair only, and a platform-wide one in every fair", () => {
    const m = new SanctionsMemory();
    const [u, other, everywhere] = [randomUUID(), randomUUID(), randomUUID()];
    m.replace([
      sanction({ userId: u }),
      sanction({ userId: u, kind: 'mute', eventId: FAIR }),
      sanction({ address: '10.0.0.9' }),
      sanction({ userId: everywhere, eventId: null }),
    ]);
    expect(m.banOf(u, other, null, null, NOW)).toBeNull();
    expect(m.banOf(randomUUID(), other, '10.0.0.9', null, NOW)).toBeNull();
    expect(m.stateOf(u, other, NOW)).toEqual({ state: 'ok' });
    expect(m.stateOf(u, FAIR, NOW)).toEqual({ state: 'banned' });
    expect(m.banOf(everywhere, other, null, null, NOW)).toEqual({ until: null });
  });
});
