import { Dashboard } from '@pameran/contracts';
import { randomUUID } from 'node:crypto';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import { signedIn } from './factories/user.factory';
import { createApp, TestApp } from './support/create-app';
import { connectHall, HallClient, next } from './support/hall-client';

const SLUG = 'console-fair';
const HOUR = 3_600_000;

/** Every console route, organisers only. */
const CONSOLE_ROUTES = [
  `/api/admin/console/${SLUG}/dashboard`,
  `/api/admin/console/${SLUG}/dashboard/series?bucket=hour`,
  `/api/admin/console/${SLUG}/dashboard/booths`,
  `/api/admin/console/${SLUG}/chat?q=halo`,
  `/api/admin/console/${SLUG}/sanctions`,
  `/api/admin/console/${SLUG}/settings`,
  `/api/admin/audit?event=${SLUG}&q=exhibitor`,
  `/api/admin/audit/actions?event=${SLUG}`,
  `/api/admin/exhibitors?event=${SLUG}&status=applied`,
  `/api/events/${SLUG}/report/summary`,
  ...['exhibitors', 'products', 'leads', 'meetings', 'deals'].map(
    (k) => `/api/events/${SLUG}/report/${k}.csv`,
  ),
];

describe('organiser console: access, live dashboard and its truth (real PostgreSQL)', () => {
  let t: TestApp;
  let eventId: string;
  let organiser: { token: string };
  let a: Awaited<ReturnType<typeof MatchingFactory.exhibitor>>;
  let b: Awaited<ReturnType<typeof MatchingFactory.exhibitor>>;
  const sockets: HallClient[] = [];
  const join = async (token: string) => {
    const s = await connectHall(t.url, { token, event: SLUG });
    sockets.push(s);
    return s;
  };

  beforeAll(async () => {
    t = await createApp();
    eventId = (await FairFactory.event(t.db, SLUG)).id;
    organiser = await signedIn(t, 'organiser');
    a = await MatchingFactory.exhibitor(t, eventId, { slot: 0, category: 'makanan' });
    b = await MatchingFactory.exhibitor(t, eventId, { slot: 0, category: 'minuman' });
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await t?.close();
  });

  it('answers 401 without a token, 403 to buyers, exhibitors and visitors, 200 to organisers', async () => {
    const others = await Promise.all([
      MatchingFactory.buyer(t),
      Promise.resolve(a.staff),
      signedIn(t, 'visitor'),
    ]);
    for (const path of CONSOLE_ROUTES) {
      expect([path, (await t.http.get(path)).status]).toEqual([path, 401]);
      for (const who of others)
        expect([path, (await t.http.get(path, who.token)).status]).toEqual([path, 403]);
      expect([path, (await t.http.get(path, organiser.token)).status]).toEqual([path, 200]);
    }
    for (const [path, body] of [
      [`/api/admin/exhibitors/bulk?event=${SLUG}`, { action: 'approve', ids: [randomUUID()] }],
      [`/api/admin/console/${SLUG}/exhibitors/import`, undefined],
    ] as const)
      expect((await t.http.post(path, body, a.staff.token)).status).toBe(403);
    // An exhibitor's own slice is theirs only.
    expect((await t.http.get(`/api/events/${SLUG}/report/mine/deals.csv`, organiser.token)).status).toBe(403);
    expect((await t.http.get(`/api/events/${SLUG}/report/mine/deals.csv`, a.staff.token)).status).toBe(200);
  });

  it('pushes `dashboard` to organisers only, and it rises when someone enters a booth', async () => {
    const boss = await join(organiser.token);
    const visitor = await signedIn(t, 'visitor');
    const v = await join(visitor.token);
    const exhibitorSocket = await join(a.staff.token);
    let leaked = 0;
    v.on('dashboard', () => leaked++);
    exhibitorSocket.on('dashboard', () => leaked++);
    const pushed = next(boss, 'dashboard', (d) => Dashboard.parse(d).inBooths === 1, 8000);
    expect(await v.emitWithAck('booth:enter', { boothId: a.booth.id })).toMatchObject({ ok: true });
    const figures = Dashboard.parse(await pushed);
    expect(figures.occupancy).toEqual({ [a.booth.id]: 1 });
    expect(figures.online).toBe(2); // the visitor and the exhibitor's staff; organisers are not counted
    await v.emitWithAck('booth:leave', {});
    await next(boss, 'dashboard', (d) => Dashboard.parse(d).inBooths === 0, 8000);
    expect(leaked).toBe(0);
  });

  it('shows exactly what happened: visits, uniques, chat, WhatsApp, meetings and rupiah', async () => {
    const before = Dashboard.parse(
      (await t.http.get(`/api/admin/console/${SLUG}/dashboard`, organiser.token)).body,
    );
    // Three people visit: v1 twice at A (counted once: same visitor, booth and day) and once at B, v2 once
    // at A, a buyer once at B.
    const v1 = await signedIn(t, 'visitor');
    const v2 = await signedIn(t, 'visitor');
    const buyer = await MatchingFactory.buyer(t, 'SG');
    const s1 = await join(v1.token);
    const s2 = await join(v2.token);
    const sb = await join(buyer.token);
    const enter = (s: HallClient, boothId: string) => s.emitWithAck('booth:enter', { boothId });
    await enter(s1, a.booth.id);
    await s1.emitWithAck('booth:leave', {});
    await enter(s1, a.booth.id);
    await enter(s1, b.booth.id);
    await enter(s2, a.booth.id);
    await enter(sb, b.booth.id);
    // Four chat messages, one of them deleted by the organiser.
    const said: string[] = [];
    for (const [s, boothId, text] of [
      [s1, b.booth.id, 'Halo, ada kopi arabika?'],
      [s2, a.booth.id, 'Berapa harga keripik?'],
      [sb, b.booth.id, 'Export-ready?'],
      [sb, b.booth.id, 'spam spam'],
    ] as const) {
      const ack = await s.emitWithAck('chat:send', { boothId, text, clientMsgId: randomUUID() });
      if (!ack.ok) throw new Error(ack.error.message);
      said.push(ack.id);
    }
    expect(
      (
        await t.http.request('DELETE', `/api/booths/${b.booth.id}/chat/${said[3]}`, {
          token: organiser.token,
        })
      ).status,
    ).toBe(204);
    await t.http.request('POST', '/api/leads/whatsapp', { body: { boothId: a.booth.id }, token: v2.token });
    // Meetings with exhibitor A: one held, one no-show, one live; B: one cancelled.
    const meeting = async (x: typeof a, status: string, hoursFromNow: number) => {
      const [r] = await t.db.query(
        `INSERT INTO meeting_request (event_id, exhibitor_id, requester_id, status, expires_at)
         VALUES ($1, $2, $3, 'accepted', now() + interval '1 day') RETURNING id`,
        [eventId, x.exhibitor.id, buyer.user.id],
      );
      const start = new Date(Date.now() + hoursFromNow * HOUR);
      await t.db.query(
        `INSERT INTO meeting (event_id, request_id, exhibitor_id, starts_at, ends_at, mode, status)
         VALUES ($1, $2, $3, $4, $5, 'online', $6)`,
        [eventId, r.id, x.exhibitor.id, start, new Date(start.getTime() + HOUR / 3), status],
      );
    };
    await meeting(a, 'held', -3);
    await meeting(a, 'no_show', -2);
    await meeting(a, 'live', 0);
    await meeting(b, 'cancelled', 1);
    // Deals: A 150 jt (confirmed, verified), B 2.5 M (confirmed, verified), B 99 jt (not confirmed: not
    // counted).
    const deal = async (x: typeof a, value: number, confirm: boolean) => {
      const d = await t.http.post(
        '/api/deals',
        { exhibitorId: x.exhibitor.id, value, status: 'po', note: 'PO tertulis' },
        buyer.token,
      );
      expect(d.status).toBe(201);
      if (!confirm) return;
      expect((await t.http.post(`/api/deals/${d.body.id}/confirm`, {}, x.staff.token)).status).toBe(200);
      expect((await t.http.post(`/api/admin/deals/${d.body.id}/verify`, {}, organiser.token)).status).toBe(
        200,
      );
    };
    await deal(a, 150_000_000, true);
    await deal(b, 2_500_000_000, true);
    await deal(b, 99_000_000, false);
    await new Promise((r) => setTimeout(r, 1500)); // visits are written in batches every second

    const d = Dashboard.parse(
      (await t.http.get(`/api/admin/console/${SLUG}/dashboard`, organiser.token)).body,
    );
    expect(d.visits.total - before.visits.total).toBe(4);
    expect(d.visits.uniques - before.visits.uniques).toBe(3);
    expect(d.whatsappClicks - before.whatsappClicks).toBe(1);
    expect(d.chat.messages - before.chat.messages).toBe(3);
    expect(d.chat.deleted - before.chat.deleted).toBe(1);
    expect(d.meetings).toMatchObject({ held: 1, no_show: 1, live: 1, cancelled: 1, scheduled: 0 });
    expect(d.deals.total).toBe(2_650_000_000);
    expect(d.deals.count).toBe(2);
    expect(d.deals.byCategory).toEqual([
      { key: 'minuman', value: 2_500_000_000, deals: 1 },
      { key: 'makanan', value: 150_000_000, deals: 1 },
    ]);
    expect(d.deals.byRegion).toEqual([{ key: 'kabupaten-garut', value: 2_650_000_000, deals: 2 }]);
    expect(d.inBooths).toBe(3);
    expect(d.occupancy).toEqual({ [a.booth.id]: 1, [b.booth.id]: 2 });
    expect(d.exhibitors).toMatchObject({ approved: 2 });

    // The same truth, straight from the tables: one visit per visitor, booth and day (WIB).
    const [truth] = await t.db.query(
      `SELECT count(DISTINCT (booth_id, user_id, (created_at AT TIME ZONE 'Asia/Jakarta')::date))
                FILTER (WHERE kind = 'visit')::int AS visits,
              count(DISTINCT user_id) FILTER (WHERE kind = 'visit')::int AS uniques
         FROM lead WHERE booth_id = ANY($1)`,
      [[a.booth.id, b.booth.id]],
    );
    expect({ visits: d.visits.total, uniques: d.visits.uniques }).toEqual(truth);

    const ranked = (await t.http.get(`/api/admin/console/${SLUG}/dashboard/booths`, organiser.token)).body
      .items;
    const rowA = ranked.find((r: { boothId: string }) => r.boothId === a.booth.id);
    const rowB = ranked.find((r: { boothId: string }) => r.boothId === b.booth.id);
    expect(rowA).toMatchObject({
      whatsapp: 1,
      chats: 1,
      meetingsHeld: 1,
      dealsValue: 150_000_000,
      liveVisitors: 1,
    });
    expect(rowB).toMatchObject({ chats: 2, meetingsHeld: 0, dealsValue: 2_500_000_000, liveVisitors: 2 });
    expect(rowA.visits + rowB.visits).toBe(d.visits.total);

    const series = (
      await t.http.get(`/api/admin/console/${SLUG}/dashboard/series?bucket=hour`, organiser.token)
    ).body;
    const sum = (xs: { visits?: number; messages?: number }[], k: 'visits' | 'messages') =>
      xs.reduce((s, x) => s + (x[k] ?? 0), 0);
    expect(sum(series.visits, 'visits')).toBe(d.visits.total);
    expect(sum(series.chat, 'messages')).toBe(d.chat.messages);
    const oneBooth = (
      await t.http.get(
        `/api/admin/console/${SLUG}/dashboard/series?bucket=day&boothId=${a.booth.id}`,
        organiser.token,
      )
    ).body;
    expect(sum(oneBooth.visits, 'visits')).toBe(rowA.visits);

    const feed = await t.http.get(`/api/admin/console/${SLUG}/chat?q=arabika`, organiser.token);
    expect(feed.body.items).toHaveLength(1);
    expect(feed.body.items[0]).toMatchObject({ text: 'Halo, ada kopi arabika?', authorState: 'ok' });
    const withDeleted = await t.http.get(
      `/api/admin/console/${SLUG}/chat?q=spam&includeDeleted=true`,
      organiser.token,
    );
    expect(withDeleted.body.items[0].deletedAt).not.toBeNull();
    expect(
      (await t.http.get(`/api/admin/console/${SLUG}/chat?q=spam`, organiser.token)).body.items,
    ).toHaveLength(0);
  });
});
