import { randomUUID } from 'node:crypto';
import { FairFactory } from './factories/fair.factory';
import { signedIn } from './factories/user.factory';
import { createApp, TestApp } from './support/create-app';
import { connectHall, HallClient, next } from './support/hall-client';

describe('moderation and announcements in the live hall', () => {
  let t: TestApp;
  let slug: string;
  let boothId: string;
  let organiser: { token: string };
  const open: HallClient[] = [];
  const join = async (token: string) => {
    const s = await connectHall(t.url, { token, event: slug });
    open.push(s);
    return s;
  };

  beforeAll(async () => {
    t = await createApp();
    const event = await FairFactory.event(t.db, 'mod-fair');
    slug = event.slug;
    boothId = (await FairFactory.booth(t.db, event.id)).booth.id;
    organiser = await signedIn(t, 'organiser');
  });
  afterAll(async () => {
    open.forEach((s) => s.close());
    await t?.close();
  });

  it('a muted user is told so and cannot chat; lifting restores chat', async () => {
    const v = await signedIn(t, 'visitor');
    const s = await join(v.token);
    await s.emitWithAck('booth:enter', { boothId });
    const told = next(s, 'moderation', (m) => m.state === 'muted');
    const mute = await t.http.post(
      `/api/admin/moderation?event=${slug}`,
      { userId: v.user.id, kind: 'mute', minutes: 30, reason: 'spam tautan' },
      organiser.token,
    );
    expect(mute.status).toBe(200);
    expect((await told).until).toBeDefined();
    const refused = await s.emitWithAck('chat:send', {
      boothId,
      text: 'beli di sini!!!',
      clientMsgId: randomUUID(),
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'muted' } });
    await t.http.post(`/api/admin/moderation/${v.user.id}/lift?event=${slug}`, undefined, organiser.token);
    expect(
      await s.emitWithAck('chat:send', { boothId, text: 'maaf', clientMsgId: randomUUID() }),
    ).toMatchObject({ ok: true });
    const audit = await t.db.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY created_at`, [
      v.user.id,
    ]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['moderation.mute', 'moderation.lift']);
  });

  it('a banned user is disconnected and cannot reconnect; a banned guest’s address is refused too', async () => {
    const guest = await t.http.post('/api/auth/guest', { displayName: 'Pengacau' });
    const s = await join(guest.body.accessToken);
    const gone = new Promise((r) => s.once('disconnect', r));
    const told = next(s, 'moderation', (m) => m.state === 'banned');
    await t.http.post(
      `/api/admin/moderation?event=${slug}`,
      { userId: guest.body.user.id, kind: 'ban', minutes: 60, reason: 'kata kasar' },
      organiser.token,
    );
    await told;
    await gone;
    await expect(connectHall(t.url, { token: guest.body.accessToken, event: slug })).rejects.toThrow(
      /banned/,
    );
    const again = await t.http.post('/api/auth/guest', { displayName: 'Pengacau Lagi' });
    await expect(connectHall(t.url, { token: again.body.accessToken, event: slug })).rejects.toThrow(
      /banned/,
    );
    // A registered user from the same address is not caught by a guest's address ban.
    const member = await signedIn(t, 'visitor');
    await expect(join(member.token)).resolves.toBeDefined();
    // Lifting the ban lets guests from that address in again.
    await t.http.post(
      `/api/admin/moderation/${guest.body.user.id}/lift?event=${slug}`,
      undefined,
      organiser.token,
    );
    await expect(join(again.body.accessToken)).resolves.toBeDefined();
  });

  it('limits chat to registered users when the organiser says so', async () => {
    const guest = await t.http.post('/api/auth/guest', { displayName: 'Tamu' });
    const s = await join(guest.body.accessToken);
    expect(
      (
        await t.http.request('PATCH', `/api/admin/events/${slug}/settings`, {
          token: organiser.token,
          body: { chatRegisteredOnly: true },
        })
      ).status,
    ).toBe(200);
    expect(
      await s.emitWithAck('chat:send', { boothId, text: 'halo', clientMsgId: randomUUID() }),
    ).toMatchObject({ ok: false, error: { code: 'registered_only' } });
    await t.http.request('PATCH', `/api/admin/events/${slug}/settings`, {
      token: organiser.token,
      body: { chatRegisteredOnly: false },
    });
    expect(
      await s.emitWithAck('chat:send', { boothId, text: 'halo', clientMsgId: randomUUID() }),
    ).toMatchObject({ ok: true });
  });

  it('announcements reach their audience now, and whoever connects while they are current', async () => {
    const buyer = await join((await signedIn(t, 'buyer')).token);
    const exhibitor = await join((await signedIn(t, 'exhibitor')).token);
    let exhibitorSaw = false;
    exhibitor.on('announcement', (a) => (exhibitorSaw ||= a.text.includes('Temu bisnis')));
    const heard = next(buyer, 'announcement', (a) => a.text.includes('Temu bisnis'));
    const res = await t.http.post(
      `/api/admin/events/${slug}/announcements`,
      { text: 'Temu bisnis sesi siang dimulai 13.00 WIB', audience: 'buyers' },
      organiser.token,
    );
    expect(res.status).toBe(201);
    expect(await heard).toMatchObject({ audience: 'buyers' });
    let replay: (seen: boolean) => void = () => undefined;
    const replayed = new Promise<boolean>((resolve) => {
      replay = resolve;
      setTimeout(() => resolve(false), 1500);
    });
    const late = await connectHall(
      t.url,
      { token: (await signedIn(t, 'buyer')).token, event: slug },
      // The replay follows the connect at once (the join snapshot is built in memory): listen before.
      { listen: (s) => s.on('announcement', (a) => a.id === res.body.id && replay(true)) },
    );
    open.push(late);
    expect(await replayed).toBe(true);
    expect(exhibitorSaw).toBe(false);
  });

  it('visitors cannot moderate, announce or change settings', async () => {
    const v = await signedIn(t, 'visitor');
    expect(
      (
        await t.http.post(
          `/api/admin/moderation?event=${slug}`,
          { userId: v.user.id, kind: 'mute', reason: 'xxx' },
          v.token,
        )
      ).status,
    ).toBe(403);
    expect(
      (await t.http.post(`/api/admin/events/${slug}/announcements`, { text: 'hai semua' }, v.token)).status,
    ).toBe(403);
    expect(
      (
        await t.http.request('PATCH', `/api/admin/events/${slug}/settings`, {
          token: v.token,
          body: { chatRegisteredOnly: true },
        })
      ).status,
    ).toBe(403);
  });
});
