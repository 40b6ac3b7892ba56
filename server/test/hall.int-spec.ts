import { decodePeers } from '@pameran/contracts';
import { randomUUID } from 'node:crypto';
import { BoothVisitsService } from '../src/modules/hall/booth-visits.service';
import { LIMITS } from '../src/modules/hall/hall.gateway';
import { PresenceService } from '../src/modules/presence/presence.service';
import { FairFactory } from './factories/fair.factory';
import { signedIn } from './factories/user.factory';
import { createApp, TestApp } from './support/create-app';
import { connectHall, HallClient, next } from './support/hall-client';

describe('live hall on one node', () => {
  let t: TestApp;
  let slug: string;
  let boothId: string;
  let exhibitorId: string;
  const open: HallClient[] = [];
  const join = async (token: string) => {
    const s = await connectHall(t.url, { token, event: slug });
    open.push(s);
    return s;
  };

  beforeAll(async () => {
    t = await createApp();
    const event = await FairFactory.event(t.db, 'hall-fair');
    slug = event.slug;
    const { booth, exhibitor } = await FairFactory.booth(t.db, event.id);
    boothId = booth.id;
    exhibitorId = exhibitor.id;
  });
  afterAll(async () => {
    open.forEach((s) => s.close());
    await t?.close();
  });

  it('refuses a missing, tampered or foreign-origin handshake before anything runs', async () => {
    const { token } = await signedIn(t, 'visitor');
    await expect(connectHall(t.url, { event: slug })).rejects.toThrow(/token/);
    await expect(connectHall(t.url, { token: token.slice(0, -2) + 'xx', event: slug })).rejects.toThrow(
      /expired or the token is invalid/,
    );
    await expect(connectHall(t.url, { token, event: 'no-such-fair' })).rejects.toThrow(/no event/);
    await expect(
      connectHall(t.url, { token, event: slug }, { origin: 'https://evil.example' }),
    ).rejects.toThrow(/Origin/);
  });

  it('sends a snapshot on join, then occupancy deltas when someone enters a booth', async () => {
    const observer = await join((await signedIn(t, 'visitor')).token);
    const { token } = await signedIn(t, 'visitor');
    const visitor = await connectHall(t.url, { token, event: slug });
    open.push(visitor);
    const delta = next(observer, 'occupancy', (p) => p.changes[boothId] === 1);
    const ack = await visitor.emitWithAck('booth:enter', { boothId });
    expect(ack).toEqual({ ok: true, occupancy: 1 });
    expect((await delta).changes).toEqual({ [boothId]: 1 });
    const list = await t.http.get(`/api/events/${slug}/booths`);
    expect(list.body.items.find((b: { id: string }) => b.id === boothId).liveVisitors).toBe(1);
    // A second tab of the same user does not count twice.
    const secondTab = await join(token);
    expect(await secondTab.emitWithAck('booth:enter', { boothId })).toEqual({ ok: true, occupancy: 1 });
    await visitor.emitWithAck('booth:leave', {});
    secondTab.close();
    await next(observer, 'occupancy', (p) => p.changes[boothId] === 0);
  });

  it('answers a malformed payload with an error ack naming the field, and the socket stays up', async () => {
    const s = await join((await signedIn(t, 'visitor')).token);
    const bad = await s.emitWithAck('booth:enter', { boothId: 'nope' } as never);
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation', path: 'boothId' } });
    const extra = await s.emitWithAck('chat:send', {
      boothId,
      text: 'hi',
      clientMsgId: 'abcdefgh',
      html: true,
    } as never);
    expect(extra).toMatchObject({ ok: false, error: { code: 'validation' } });
    const unknown = await s.emitWithAck('booth:enter', { boothId: randomUUID() });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_booth' } });
    expect(s.connected).toBe(true);
    expect(await s.emitWithAck('booth:enter', { boothId })).toMatchObject({ ok: true });
  });

  it('throttles a chat flood from one user while another user is served promptly', async () => {
    const flooder = await join((await signedIn(t, 'visitor')).token);
    const calm = await join((await signedIn(t, 'visitor')).token);
    const flood = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        flooder.emitWithAck('chat:send', { boothId, text: `spam ${i}`, clientMsgId: randomUUID() }),
      ),
    );
    // The flooder's window starts with its first message, so exactly the limit gets through whatever the
    // clock says (a window on the clock would let a flood straddling its boundary through twice).
    expect(flood.filter((a) => a.ok)).toHaveLength(LIMITS.chatPer10s);
    const limited = flood.filter((a) => !a.ok && a.error.code === 'rate_limited').length;
    expect(limited).toBe(30 - LIMITS.chatPer10s);
    const started = Date.now();
    expect(
      await calm.emitWithAck('chat:send', { boothId, text: 'Assalamualaikum', clientMsgId: randomUUID() }),
    ).toMatchObject({ ok: true });
    expect(Date.now() - started).toBeLessThan(500);
    expect(flooder.connected).toBe(true);
  });

  it('answers an error ack when leaving a booth fails (e.g. Redis down), and the socket stays up', async () => {
    const s = await join((await signedIn(t, 'visitor')).token);
    await s.emitWithAck('booth:enter', { boothId });
    jest.spyOn(t.app.get(BoothVisitsService), 'leave').mockRejectedValueOnce(new Error('Redis down'));
    expect(await s.timeout(2000).emitWithAck('booth:leave', {})).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(s.connected).toBe(true);
    expect(await s.timeout(2000).emitWithAck('booth:leave', {})).toEqual({ ok: true });
  });

  it('disconnects a connection it could not set up instead of leaving it half joined', async () => {
    const { token } = await signedIn(t, 'visitor');
    jest.spyOn(t.app.get(PresenceService), 'counts').mockRejectedValueOnce(new Error('Redis down'));
    const s = await join(token);
    await new Promise<void>((resolve, reject) => {
      if (!s.connected) return resolve(); // closed already, right behind the connect
      s.once('disconnect', () => resolve());
      setTimeout(() => reject(new Error('still connected')), 2000);
    });
    expect(s.connected).toBe(false);
    expect((await join(token)).connected).toBe(true); // the next try works
  });

  it('closes a connection that sends an oversized message; the hall stays up for others', async () => {
    const big = await join((await signedIn(t, 'visitor')).token);
    const other = await join((await signedIn(t, 'visitor')).token);
    const closed = new Promise((r) => big.once('disconnect', r));
    big.emit('chat:send', { boothId, text: 'x'.repeat(40_000), clientMsgId: randomUUID() }, () => undefined);
    await closed;
    expect(await other.emitWithAck('booth:enter', { boothId })).toMatchObject({ ok: true });
  });

  it('stores chat once per clientMsgId, broadcasts it to the booth, and lets staff delete it', async () => {
    const staff = await signedIn(t, 'exhibitor', { exhibitorId });
    const staffSocket = await join(staff.token);
    await staffSocket.emitWithAck('booth:enter', { boothId });
    const visitor = await join((await signedIn(t, 'visitor')).token);
    await visitor.emitWithAck('booth:enter', { boothId });
    const seen = next(staffSocket, 'chat:message', (m) => m.text.includes('<b>'));
    const send = { boothId, text: 'Berapa harga <b>grosir</b>?', clientMsgId: randomUUID() };
    const first = await visitor.emitWithAck('chat:send', send);
    const retry = await visitor.emitWithAck('chat:send', send);
    expect(first).toMatchObject({ ok: true });
    expect(retry).toEqual(first);
    const message = await seen;
    expect(message).toMatchObject({ text: 'Berapa harga <b>grosir</b>?', fromStaff: false });
    const history = await t.http.get(`/api/booths/${boothId}/chat?limit=10`);
    expect(history.body.items.filter((m: { text: string }) => m.text === send.text)).toHaveLength(1);

    const other = await signedIn(t, 'visitor');
    const id = (first as { id: string }).id;
    expect(
      (await t.http.request('DELETE', `/api/booths/${boothId}/chat/${id}`, { token: other.token })).status,
    ).toBe(403);
    const deleted = next(visitor, 'chat:deleted', (d) => d.id === id);
    expect(
      (await t.http.request('DELETE', `/api/booths/${boothId}/chat/${id}`, { token: staff.token })).status,
    ).toBe(204);
    expect(await deleted).toEqual({ boothId, id });
  });

  it('shows booth staff the visitors who consented, with company for buyers', async () => {
    const staff = await signedIn(t, 'exhibitor', { exhibitorId });
    const staffSocket = await join(staff.token);
    const buyer = await signedIn(t, 'buyer', { leadConsent: true, displayName: 'Hana Buyer' });
    await t.db.query(
      `INSERT INTO buyer_profile (user_id, type, company, country) VALUES ($1, 'buyer', 'Hana Foods Sdn Bhd', 'MY')`,
      [buyer.user.id],
    );
    const shy = await signedIn(t, 'visitor', { leadConsent: false, displayName: 'Tanpa Izin' });
    const list = next(staffSocket, 'booth:visitors', (v) => v.visitors.some((x) => x.name === 'Hana Buyer'));
    const b = await join(buyer.token);
    const s = await join(shy.token);
    await Promise.all([b.emitWithAck('booth:enter', { boothId }), s.emitWithAck('booth:enter', { boothId })]);
    const { visitors } = await list;
    expect(visitors.find((v) => v.name === 'Hana Buyer')).toMatchObject({
      role: 'buyer',
      company: 'Hana Foods Sdn Bhd',
    });
    expect(visitors.find((v) => v.name === 'Tanpa Izin')).toBeUndefined();
    await new Promise((r) => setTimeout(r, 1300)); // visits are written in batches every second
    const leads = await t.db.query(`SELECT user_id FROM lead WHERE booth_id = $1 AND kind = 'visit'`, [
      boothId,
    ]);
    expect(leads.map((l: { user_id: string }) => l.user_id)).toEqual(
      expect.arrayContaining([buyer.user.id, shy.user.id]),
    );
  });

  it('sends movement only to observers in the 3×3 cells around, with enter and leave', async () => {
    const walker = await join((await signedIn(t, 'visitor', { displayName: 'Pejalan' })).token);
    const near = await join((await signedIn(t, 'visitor')).token);
    const far = await join((await signedIn(t, 'visitor')).token);
    near.emit('move', { x: 10, z: 10, ry: 0 });
    far.emit('move', { x: 100, z: 150, ry: 0 });
    await new Promise((r) => setTimeout(r, 150));
    let farSaw = false; // a peer is always entered (with its id) before anything else names it
    far.on('peers', (p) => (farSaw ||= decodePeers(p).enter.some((e) => e.id === walker.id)));
    let handle = -1;
    const entered = next(near, 'peers', (p) => {
      const e = decodePeers(p).enter.find((e) => e.id === walker.id && e.name === 'Pejalan');
      handle = e?.handle ?? handle;
      return e !== undefined;
    });
    walker.emit('move', { x: 12, z: 14, ry: 1 });
    await entered;
    const updated = next(near, 'peers', (p) =>
      decodePeers(p).update.some((u) => u.handle === handle && u.x === 13),
    );
    walker.emit('move', { x: 13, z: 14, ry: 1 });
    await updated;
    const left = next(near, 'peers', (p) => decodePeers(p).leave.includes(handle));
    walker.emit('move', { x: -100, z: 150, ry: 1 }); // walks far from both
    await left;
    expect(farSaw).toBe(false);
  });
});
