import type { FairSettings } from '@pameran/contracts';
import { MembershipService } from '../src/modules/memberships';
import { FairFactory } from './factories/fair.factory';
import { bareAccount, signedIn } from './factories/user.factory';
import { createApp, TestApp } from './support/create-app';

jest.setTimeout(60_000);

type Who = { token: string; user: { id: string; email: string | null } };

/** A fair's life through the API (docs/decisions/0026-fair-lifecycle.md). */
describe('fairs: created by the platform admin, run by their organisers (real PostgreSQL)', () => {
  let t: TestApp;
  let admin: Who;
  let organiser: Who;

  beforeAll(async () => {
    t = await createApp();
    admin = await signedIn(t, 'platform_admin');
    // A bare organiser account: it runs only the fairs that name it.
    organiser = await bareAccount(t, 'organiser');
  });
  afterAll(() => t?.close());

  const req = (method: string, path: string, who: Who | null, body?: unknown) =>
    t.http.request(method, `/api${path}`, { token: who?.token, body });
  const create = (slug: string, extra: Record<string, unknown> = {}) =>
    req('POST', '/platform/events', admin, {
      slug,
      nameId: `Pameran ${slug}`,
      nameEn: `Fair ${slug}`,
      startsOn: '2027-03-01',
      endsOn: '2027-03-03',
      organisers: [organiser.user.email],
      ...extra,
    });
  const days = async (slug: string) =>
    (
      (await t.db.query(
        `SELECT d.date::text AS date FROM event_day d JOIN event e ON e.id = d.event_id WHERE e.slug = $1 ORDER BY d.date`,
        [slug],
      )) as { date: string }[]
    ).map((d) => d.date);

  it('create → edit → registration → published → live → closed → archived, each move audited', async () => {
    const made = await create('life-2027');
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      slug: 'life-2027',
      status: 'draft',
      moves: ['registration', 'published'],
    });
    expect(await days('life-2027')).toEqual(['2027-03-01', '2027-03-02', '2027-03-03']);

    const edit = await req('PATCH', '/admin/events/life-2027', organiser, {
      nameEn: 'Fair of the Year',
      descriptionId: 'Pameran tahunan',
      endsOn: '2027-03-04',
      timeZone: 'Asia/Makassar',
      categories: ['makanan', 'fesyen'],
      zoneCapacity: 40,
      matchingSettings: { slotMinutes: 30 },
    });
    expect(edit.status).toBe(200);
    expect(edit.body).toMatchObject({
      name: { en: 'Fair of the Year' },
      description: { id: 'Pameran tahunan' },
      timeZone: 'Asia/Makassar',
      categories: ['makanan', 'fesyen'],
      zoneCapacity: 40,
      matchingSettings: { slotMinutes: 30, dailyLimit: 8 },
    });
    expect(await days('life-2027')).toEqual(['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04']);
    for (const bad of [{ timeZone: 'Europe/Paris' }, { zoneCapacity: 101 }, { categories: ['bukan'] }]) {
      expect((await req('PATCH', '/admin/events/life-2027', organiser, bad)).status).toBe(400);
    }

    // Not on the public list until it is published.
    const listed = async () =>
      ((await req('GET', '/events', null)).body.items as { slug: string }[]).some(
        (f) => f.slug === 'life-2027',
      );
    expect(await listed()).toBe(false);
    for (const to of ['registration', 'published', 'live', 'closed', 'archived'] as const) {
      const moved = await req('POST', '/admin/events/life-2027/status', organiser, { to });
      expect(moved.status).toBe(200);
      expect((moved.body as FairSettings).status).toBe(to);
      if (to === 'published') expect(await listed()).toBe(true);
    }
    const [{ audited }] = await t.db.query(
      `SELECT count(*)::int AS audited FROM audit_log a JOIN event e ON e.id = a.event_id
       WHERE e.slug = 'life-2027' AND a.action = 'event.status'`,
    );
    expect(audited).toBe(5);
    const fair = (await req('GET', '/events', null)).body.items.find(
      (f: { slug: string }) => f.slug === 'life-2027',
    );
    expect(fair).toEqual({
      slug: 'life-2027',
      name: { id: 'Pameran life-2027', en: 'Fair of the Year' },
      startsOn: '2027-03-01',
      endsOn: '2027-03-04',
      timeZone: 'Asia/Makassar',
      status: 'archived',
    });
  });

  it('a move EVENT_TRANSITIONS does not allow answers 409 illegal_status_change and changes nothing', async () => {
    await create('skip-2027');
    const refused = await req('POST', '/admin/events/skip-2027/status', organiser, { to: 'live' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('illegal_status_change');
    expect((await req('GET', '/admin/events/skip-2027', organiser)).body.status).toBe('draft');
  });

  it('new dates leaving a session outside are refused (dates_in_use); the days stay', async () => {
    await create('dates-2027');
    const [day] = await t.db.query(
      `SELECT d.id FROM event_day d JOIN event e ON e.id = d.event_id WHERE e.slug = 'dates-2027' AND d.date = '2027-03-03'`,
    );
    const session = await req('POST', '/admin/events/dates-2027/sessions', organiser, {
      dayId: day.id,
      kind: 'stage',
      title: { id: 'Penutupan', en: 'Closing' },
      startsAt: '2027-03-03T03:00:00Z',
      endsAt: '2027-03-03T04:00:00Z',
    });
    expect(session.status).toBe(201);
    const refused = await req('PATCH', '/admin/events/dates-2027', organiser, { endsOn: '2027-03-02' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('dates_in_use');
    expect(await days('dates-2027')).toEqual(['2027-03-01', '2027-03-02', '2027-03-03']);
    // Moving the start later keeps the session's day and drops the first one.
    expect(
      (await req('PATCH', '/admin/events/dates-2027', organiser, { startsOn: '2027-03-02' })).status,
    ).toBe(200);
    expect(await days('dates-2027')).toEqual(['2027-03-02', '2027-03-03']);
  });

  it('organisers name co-organisers and never remove the last one; unknown e-mails are named by field', async () => {
    await create('team-2027');
    const co = await bareAccount(t, 'visitor');
    expect((await req('PATCH', '/admin/events/team-2027', co, { nameEn: 'x' })).status).toBe(403);
    const added = await req('POST', '/admin/events/team-2027/organisers', organiser, {
      email: co.user.email,
    });
    expect(added.status).toBe(200);
    expect(added.body.items.map((o: { userId: string }) => o.userId).sort()).toEqual(
      [organiser.user.id, co.user.id].sort(),
    );
    // The new organiser may act at once (memberships are forgotten on identity.changed).
    expect((await req('PATCH', '/admin/events/team-2027', co, { nameEn: 'Team fair' })).status).toBe(200);
    expect((await req('DELETE', `/admin/events/team-2027/organisers/${organiser.user.id}`, co)).status).toBe(
      200,
    );
    const last = await req('DELETE', `/admin/events/team-2027/organisers/${co.user.id}`, co);
    expect(last.status).toBe(409);
    expect(last.body.code).toBe('last_organiser');
    expect((await req('PATCH', '/admin/events/team-2027', organiser, { nameEn: 'y' })).status).toBe(403);

    const unknown = await req('POST', '/admin/events/team-2027/organisers', co, {
      email: 'nobody@example.test',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ code: 'unknown_account', fields: [{ path: 'email' }] });
    const badCreate = await create('nobody-2027', {
      organisers: [organiser.user.email, 'nobody@example.test'],
    });
    expect(badCreate.status).toBe(400);
    expect(badCreate.body).toMatchObject({ code: 'unknown_account', fields: [{ path: 'organisers.1' }] });
    expect(await days('nobody-2027')).toEqual([]);
  });

  it('clone copies the structure (categories, hall size, settings, days, the schedule shape, organisers) and no people', async () => {
    const source = await FairFactory.event(t.db, 'shape-2026');
    await t.db.query(
      `UPDATE event SET categories = '["makanan", "minuman"]', zone_capacity = 30, chat_registered_only = true,
       matching_settings = '{"dailyLimit": 5, "slotMinutes": 15, "bufferMinutes": 5, "requestTtlHours": 24}'
       WHERE id = $1`,
      [source.id],
    );
    // Through the service: it tells the node's membership cache (raw SQL would wait out its 5 s).
    await t.app
      .get(MembershipService)
      .grant({ userId: organiser.user.id, eventId: source.id, role: 'organiser' });
    await FairFactory.booth(t.db, source.id, { products: 2 });
    const [src] = await t.db.query(
      `SELECT s.kind, s.starts_at, s.ends_at, e.starts_on::text AS starts_on FROM schedule_session s
       JOIN event e ON e.id = s.event_id WHERE e.id = $1`,
      [source.id],
    );
    const startsOn = '2030-01-10';
    const cloned = await req('POST', '/admin/events/shape-2026/clone', organiser, {
      slug: 'shape-2030',
      nameId: 'Pameran 2030',
      nameEn: 'Fair 2030',
      startsOn,
    });
    expect(cloned.status).toBe(201);
    expect(cloned.body).toMatchObject({
      slug: 'shape-2030',
      status: 'draft',
      startsOn,
      endsOn: '2030-01-12',
      categories: ['makanan', 'minuman'],
      zoneCapacity: 30,
      matchingSettings: { dailyLimit: 5, slotMinutes: 15, bufferMinutes: 5, requestTtlHours: 24 },
    });
    const [copy] = await t.db.query(
      `SELECT e.id, e.chat_registered_only,
         (SELECT count(*)::int FROM exhibitor x WHERE x.event_id = e.id) AS exhibitors,
         (SELECT count(*)::int FROM booth b WHERE b.event_id = e.id) AS booths,
         (SELECT count(*)::int FROM event_day d WHERE d.event_id = e.id) AS days,
         (SELECT array_agg(m.user_id) FROM membership m WHERE m.event_id = e.id) AS organisers
       FROM event e WHERE e.slug = 'shape-2030'`,
    );
    expect(copy).toMatchObject({
      chat_registered_only: true,
      exhibitors: 0,
      booths: 0,
      organisers: [organiser.user.id],
    });
    const [session] = await t.db.query(
      `SELECT s.id, s.kind, s.starts_at, s.ends_at, d.date::text AS date FROM schedule_session s
       JOIN event_day d ON d.id = s.day_id WHERE s.event_id = $1`,
      [copy.id],
    );
    const shift = Date.parse(`${startsOn}T00:00:00Z`) - Date.parse(`${src.starts_on}T00:00:00Z`);
    expect(session.kind).toBe(src.kind);
    expect(new Date(session.starts_at).getTime()).toBe(new Date(src.starts_at).getTime() + shift);
    expect(new Date(session.ends_at).getTime()).toBe(new Date(src.ends_at).getTime() + shift);
    expect(copy.days).toBe(1);
    expect(session.date).toBe('2030-01-11');
    // The copied hall session opens and closes by itself: its timed effects are planned.
    const [{ planned }] = await t.db.query(
      `SELECT count(*)::int AS planned FROM timed_effect WHERE subject_id = $1 AND done_at IS NULL`,
      [session.id],
    );
    expect(planned).toBeGreaterThan(0);

    const taken = await req('POST', '/admin/events/shape-2026/clone', organiser, {
      slug: 'shape-2030',
      nameId: 'x',
      nameEn: 'x',
      startsOn,
    });
    expect(taken.status).toBe(422);
  });

  it('an archived fair refuses every write on its routes (409 event_archived) and still reads and clones', async () => {
    await create('old-2027');
    for (const to of ['published', 'live', 'closed', 'archived'])
      await req('POST', '/admin/events/old-2027/status', organiser, { to });
    const writes: [string, string, unknown][] = [
      ['PATCH', '/admin/events/old-2027', { nameEn: 'Again' }],
      ['PATCH', '/admin/events/old-2027/settings', { chatRegisteredOnly: true }],
      ['POST', '/admin/events/old-2027/status', { to: 'closed' }],
      ['POST', '/admin/events/old-2027/organisers', { email: admin.user.email }],
      ['DELETE', `/admin/events/old-2027/organisers/${organiser.user.id}`, undefined],
    ];
    for (const [method, path, body] of writes) {
      const r = await req(method, path, organiser, body);
      expect([method, path, r.status, r.body.code]).toEqual([method, path, 409, 'event_archived']);
    }
    expect((await req('GET', '/admin/events/old-2027', organiser)).body.name.en).toBe('Fair old-2027');
    expect((await req('GET', '/admin/events/old-2027/organisers', organiser)).status).toBe(200);
    expect((await req('GET', '/events/old-2027/report/summary', organiser)).status).toBe(200);
    expect((await req('GET', '/events/old-2027', null)).body.hallOpen).toBe(false);
    const next = await req('POST', '/admin/events/old-2027/clone', organiser, {
      slug: 'old-2028',
      nameId: 'Lagi',
      nameEn: 'Again',
      startsOn: '2028-03-01',
    });
    expect(next.status).toBe(201);
    expect(next.body.status).toBe('draft');
  });

  it("the hall size bounds each zone's booths when exhibitors are approved (zone_full)", async () => {
    await create('small-2027');
    await req('PATCH', '/admin/events/small-2027', organiser, { zoneCapacity: 1 });
    const [event] = await t.db.query(`SELECT id FROM event WHERE slug = 'small-2027'`);
    const [first, second] = [
      await FairFactory.exhibitor(t.db, event.id, { category: 'minuman' }),
      await FairFactory.exhibitor(t.db, event.id, { category: 'minuman' }),
    ];
    expect((await req('POST', `/admin/exhibitors/${first.id}/approve`, organiser)).status).toBe(200);
    const full = await req('POST', `/admin/exhibitors/${second.id}/approve`, organiser);
    expect(full.status).toBe(409);
    expect(full.body.code).toBe('zone_full');
  });

  it('the platform admin lists every fair, drafts too; the public list holds none of them', async () => {
    const all = await req('GET', '/platform/events', admin);
    expect(all.status).toBe(200);
    const statuses = new Map(all.body.items.map((f: { slug: string; status: string }) => [f.slug, f.status]));
    expect(statuses.get('skip-2027')).toBe('draft');
    const pub = (await req('GET', '/events', null)).body.items as { slug: string; status: string }[];
    expect(pub.some((f) => f.status === 'draft' || f.status === 'registration')).toBe(false);
    // Newest first.
    const starts = pub.map((f) => (f as unknown as { startsOn: string }).startsOn);
    expect(starts).toEqual([...starts].sort().reverse());
  });
});
