import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TokenService } from '../src/modules/auth/token.service';
import { DemoMatchmaking } from '../src/modules/demo/demo-matchmaking.service';
import { MembershipService } from '../src/modules/memberships';
import { UserEntity } from '../src/modules/users/user.entity';
import { createApp, TestApp } from './support/create-app';

const OLD = 'opop-2020';
const CAST = '%@history.demo.pameran.test';
/** Today in WIB, the live fair's last day. */
const todayWib = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/** The demo as `./scripts/demo.sh` seeds it (SEED=demo): the 2020 fair archived, and a live one. */
describe('the demo’s two fairs', () => {
  let t: TestApp;
  let live: { id: string; slug: string };
  let old: { id: string };
  let seedMs: number;

  const user = (email: string) => t.db.getRepository(UserEntity).findOneByOrFail({ email });
  const token = async (role: string) => {
    const u = await user(`${role}@opop.pameran.test`);
    return t.app.get(TokenService).signAccess({
      sub: u.id,
      role: u.role,
      name: u.displayName,
      guest: false,
    });
  };
  const perFair = async (table: string) => {
    const rows: { event_id: string | null; n: number }[] = await t.db.query(
      `SELECT event_id, count(*)::int AS n FROM ${table} GROUP BY event_id`,
    );
    const of = (id: string | null) => rows.find((r) => r.event_id === id)?.n ?? 0;
    return { old: of(old.id), live: of(live.id), none: of(null) };
  };

  beforeAll(async () => {
    const started = Date.now();
    t = await createApp({ seed: true, env: { SEED: 'demo', DEMO_LIVE: '1' } });
    seedMs = Date.now() - started;
    const fairs: { id: string; slug: string; status: string }[] = await t.db.query(
      `SELECT id, slug, status FROM event ORDER BY starts_on`,
    );
    expect(fairs.map((f) => [f.slug, f.status])).toEqual([
      [OLD, 'archived'],
      [`opop-${todayWib().slice(0, 4)}`, 'live'],
    ]);
    [old, live] = fairs;
  });
  afterAll(() => t?.close());

  it('has a live fair of this year whose four days end today, in the 2020 fair’s shape', async () => {
    console.log(`seeded (two fairs, history) and started in ${seedMs} ms`);
    const res = await t.http.get(`/api/events/${live.slug}`);
    expect(res.status).toBe(200);
    expect(res.body.name.en).toMatch(new RegExp(`^OPOP Expo ${live.slug.slice(5)} `));
    const days: { date: string; sessions: { kind: string; title: { en: string } }[] }[] = res.body.days;
    expect(days).toHaveLength(4);
    expect(days.at(-1)!.date).toBe(todayWib());
    const before = (await t.http.get(`/api/events/${OLD}`)).body.days as typeof days;
    expect(days.map((d) => d.sessions.map((s) => s.kind))).toEqual(
      before.map((d) => d.sessions.map((s) => s.kind)),
    );
    expect(days[0].sessions.map((s) => s.title.en)).toContain(
      `OPOP Expo ${live.slug.slice(5)} opening ceremony`,
    );
    expect(res.body.hallOpen).toBe(true); // DEMO_LIVE: one hour into the last day's hall hours
  });

  it('has its own booths: returning pesantren of 2020, approved again, and newcomers, one per slot', async () => {
    const list = async (slug: string) => {
      const res = await t.http.get(`/api/events/${slug}/booths?limit=1000`);
      expect(res.status).toBe(200);
      return res.body.items as {
        id: string;
        name: string;
        category: string;
        position: { x: number; z: number };
      }[];
    };
    const [now, then] = [await list(live.slug), await list(OLD)];
    expect(then).toHaveLength(500);
    const before = new Set(then.map((b) => b.name));
    const returning = now.filter((b) => before.has(b.name));
    expect(returning).toHaveLength(300);
    expect(now.length - returning.length).toBeGreaterThanOrEqual(90);
    expect(new Set(now.map((b) => b.category)).size).toBe(8);
    expect(new Set(now.map((b) => `${b.position.x},${b.position.z}`)).size).toBe(now.length);
    expect(new Set([...now, ...then].map((b) => b.id)).size).toBe(now.length + then.length);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM product p JOIN booth b ON b.id = p.booth_id WHERE b.event_id = $1`,
      [live.id],
    );
    expect(n).toBeGreaterThan(8 * now.length);
    const statuses = await t.db.query(
      `SELECT status, count(*)::int AS n FROM exhibitor WHERE event_id = $1 GROUP BY status ORDER BY status`,
      [live.id],
    );
    expect(statuses).toEqual([
      { status: 'applied', n: 6 },
      { status: 'approved', n: now.length },
    ]);
  });

  it('keeps the 2020 fair’s whole history on its own dates, and nothing of it in the live fair', async () => {
    const organiser = await token('organiser');
    const then = (await t.http.get(`/api/admin/console/${OLD}/dashboard`, organiser)).body;
    expect(then.deals.total).toBe(21_020_000_000);
    expect(then.visits.total).toBeGreaterThan(10_000);
    expect(then.chat.messages).toBeGreaterThan(500);
    for (const s of ['held', 'no_show', 'cancelled']) expect(then.meetings[s]).toBeGreaterThan(0);
    const now = (await t.http.get(`/api/admin/console/${live.slug}/dashboard`, organiser)).body;
    expect(now.deals.total).toBe(0);
    expect(now.visits.total).toBe(0);
    expect(now.chat.messages).toBe(0);
    // The archive is over: every time on its days (a meeting request, a lead too, may come the day before).
    const [span] = await t.db.query(
      `SELECT min(created_at) AS first, max(created_at) AS last FROM lead WHERE event_id = $1`,
      [old.id],
    );
    expect(new Date(span.first).getTime()).toBeGreaterThanOrEqual(Date.parse('2020-12-03T00:00:00+07:00'));
    expect(new Date(span.last).getTime()).toBeLessThan(Date.parse('2020-12-09T00:00:00+07:00'));
    const open = await t.db.query(
      `SELECT status, count(*)::int AS n FROM meeting_request WHERE event_id = $1
        AND status IN ('pending', 'countered') GROUP BY status`,
      [old.id],
    );
    expect(open).toEqual([]);
    const [{ ahead }] = await t.db.query(
      `SELECT count(*)::int AS ahead FROM meeting WHERE event_id = $1 AND status = 'scheduled'`,
      [old.id],
    );
    expect(ahead).toBe(0);
  });

  it('sets the fair on every seeded row that has one, and counts per fair do not mix', async () => {
    for (const table of ['lead', 'chat_message']) {
      const c = await perFair(table);
      expect(c.none).toBe(0);
      expect(c.old).toBeGreaterThan(500);
      expect(c.live).toBe(0);
    }
    for (const table of ['sanction', 'notification', 'audit_log'])
      expect((await perFair(table)).none).toBe(0);
    // The live fair's matching: its tables, and the demo buyer's one open request to the demo exhibitor.
    expect(await perFair('meeting_table')).toEqual({ old: 20, live: 20, none: 0 });
    const requests = await t.db.query(
      `SELECT r.status, x.event_id, u.email FROM meeting_request r JOIN exhibitor x ON x.id = r.exhibitor_id
         JOIN app_user u ON u.id = r.requester_id WHERE r.event_id = $1`,
      [live.id],
    );
    expect(requests).toEqual([{ status: 'pending', event_id: live.id, email: 'buyer@opop.pameran.test' }]);
    const [{ crossed }] = await t.db.query(
      `SELECT count(*)::int AS crossed FROM booth b JOIN exhibitor x ON x.id = b.exhibitor_id
        WHERE b.event_id <> x.event_id`,
    );
    expect(crossed).toBe(0);
  });

  it('makes the demo organiser organiser of both fairs, and the demo staff staff of their pesantren in both', async () => {
    const memberships = t.app.get(MembershipService);
    const organiser = await user('organiser@opop.pameran.test');
    for (const fair of [old, live])
      expect((await memberships.rightsIn(organiser.id, fair.id)).organiser).toBe(true);
    const staff = await user('exhibitor@opop.pameran.test');
    const [then, now] = [
      await memberships.rightsIn(staff.id, old.id),
      await memberships.rightsIn(staff.id, live.id),
    ];
    const names = await t.db.query(
      `SELECT event_id, name, owner_user_id FROM exhibitor WHERE id = ANY($1) ORDER BY event_id = $2`,
      [[then.exhibitorId, now.exhibitorId], live.id],
    );
    expect(names.map((x: { event_id: string }) => x.event_id)).toEqual([old.id, live.id]);
    expect(names[0].name).toBe(names[1].name);
    expect(names.map((x: { owner_user_id: string }) => x.owner_user_id)).toEqual([staff.id, staff.id]);
    expect(then.organiser || now.organiser).toBe(false);
    for (const role of ['buyer', 'visitor']) {
      const u = await user(`${role}@opop.pameran.test`);
      expect(await t.db.query(`SELECT 1 FROM membership WHERE user_id = $1`, [u.id])).toEqual([]);
    }
  });

  it('lets the demo staff answer the demo buyer’s request in the live fair, on today’s timeline', async () => {
    const staff = await token('exhibitor');
    const incoming = await t.http.get('/api/meetings/requests?side=incoming', staff);
    expect(incoming.status).toBe(200);
    const open = incoming.body.items.filter((r: { status: string }) => r.status === 'pending');
    expect(open).toHaveLength(1);
    const start = open[0].preferredSlots[0].start;
    expect(Date.parse(start)).toBeGreaterThan(Date.now());
    const accepted = await t.http.post(
      `/api/meetings/requests/${open[0].id}/accept`,
      { slotStart: start },
      staff,
    );
    expect(accepted.status).toBe(200);
    const [row] = await t.db.query(`SELECT event_id FROM meeting WHERE request_id = $1`, [open[0].id]);
    expect(row.event_id).toBe(live.id);
  });

  it('prints which fair is which, and where, with the demo accounts', () => {
    const text = readFileSync(join(t.config.dataDir, 'demo-accounts.txt'), 'utf8');
    expect(text).toMatch(new RegExp(`/e/${live.slug} +OPOP Expo \\d{4} \\(live\\)`));
    expect(text).toMatch(/\/e\/opop-2020 +OPOP Expo 2020 \(archived: read-only/);
    expect(text).toMatch(/^ {2}organiser +organiser@opop\.pameran\.test +\S+$/m);
  });

  it('gives the history’s staff their exhibitor in 2020 and, when their pesantren returned, in the live fair', async () => {
    const [c] = await t.db.query(
      `SELECT count(*)::int AS staff,
              count(old.id)::int AS in_old, count(now.id)::int AS in_live,
              count(*) FILTER (WHERE o.name IS DISTINCT FROM n.name AND now.id IS NOT NULL)::int AS renamed
         FROM app_user u
         LEFT JOIN membership old ON old.user_id = u.id AND old.event_id = $2 AND old.role = 'exhibitor'
         LEFT JOIN membership now ON now.user_id = u.id AND now.event_id = $3 AND now.role = 'exhibitor'
         LEFT JOIN exhibitor o ON o.id = old.exhibitor_id LEFT JOIN exhibitor n ON n.id = now.exhibitor_id
        WHERE u.email LIKE $1 AND u.role = 'exhibitor'`,
      [CAST, old.id, live.id],
    );
    expect(c.staff).toBe(139); // and the demo staff account: one for each of 140 exhibitors in matching
    expect(c.in_old).toBe(c.staff);
    expect(c.in_live).toBeGreaterThan(50);
    expect(c.in_live).toBeLessThan(140);
    expect(c.renamed).toBe(0);
  });

  it('runs the simulated matchmaking in the live fair, never in the archived one', async () => {
    const before = await perFair('meeting_request');
    await t.app.get(DemoMatchmaking).tick();
    const after = await perFair('meeting_request');
    expect(after.old).toBe(before.old);
    expect(after.live).toBe(before.live + 1);
  });
});
