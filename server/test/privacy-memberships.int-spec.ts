import { EventEntity } from '../src/modules/events/event.entity';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import { bareAccount } from './factories/user.factory';
import { createApp, TestApp } from './support/create-app';

jest.setTimeout(60_000);

/**
 * Erasure and the fairs a person worked in (docs/privacy.md, docs/decisions/0035-fair-gaps.md): an erased
 * account holds no membership, so no organiser or staff list shows it; a fair whose only organiser it was
 * is not refused the erasure, its audit log says so and a platform admin names the next organiser.
 */
describe('erasure takes the account out of every fair it worked in (real PostgreSQL)', () => {
  let t: TestApp;
  let fair: EventEntity;

  const organiserOf = async (event: EventEntity) => {
    const account = await bareAccount(t, 'organiser');
    await t.db.query(`INSERT INTO membership (user_id, event_id, role) VALUES ($1, $2, 'organiser')`, [
      account.user.id,
      event.id,
    ]);
    return account;
  };
  const erase = (token: string) => t.http.request('DELETE', '/api/users/me', { token });
  const membershipsOf = async (userId: string) =>
    (await t.db.query('SELECT count(*)::int AS n FROM membership WHERE user_id = $1', [userId]))[0].n;
  const organisers = async (slug: string, token: string) => {
    const res = await t.http.get(`/api/admin/events/${slug}/organisers`, token);
    expect(res.status).toBe(200);
    return (res.body.items as { userId: string }[]).map((o) => o.userId);
  };

  beforeAll(async () => {
    t = await createApp();
    fair = await FairFactory.event(t.db, 'erasure-fair');
  });
  afterAll(() => t?.close());

  it("an erased staff member leaves the booth's staff list and holds no membership", async () => {
    const x = await MatchingFactory.exhibitor(t, fair.id);
    const owner = await MatchingFactory.person(t, 'exhibitor', { exhibitorId: x.exhibitor.id });
    await t.db.query('UPDATE exhibitor SET owner_user_id = $1 WHERE id = $2', [
      owner.user.id,
      x.exhibitor.id,
    ]);
    const staffList = async () =>
      (await t.http.get(`/api/backoffice/booths/${x.booth.id}/staff`, owner.token)).body.members.map(
        (m: { userId: string }) => m.userId,
      );
    expect(await staffList()).toContain(x.staff.user.id);

    expect((await erase(x.staff.token)).status).toBe(204);

    expect(await membershipsOf(x.staff.user.id)).toBe(0);
    expect(await staffList()).not.toContain(x.staff.user.id);
  });

  it("an erased co-organiser leaves the fair's organisers; the other one runs it on", async () => {
    const [first, second] = [await organiserOf(fair), await organiserOf(fair)];
    expect(await organisers(fair.slug, first.token)).toEqual(expect.arrayContaining([second.user.id]));

    expect((await erase(second.token)).status).toBe(204);

    expect(await membershipsOf(second.user.id)).toBe(0);
    expect(await organisers(fair.slug, first.token)).not.toContain(second.user.id);
    const orphaned = await t.db.query(
      `SELECT 1 FROM audit_log WHERE action = 'event.last_organiser_erased' AND event_id = $1`,
      [fair.id],
    );
    expect(orphaned).toHaveLength(0);
  });

  it("the only organiser's erasure goes through, is audited in the fair, and a platform admin names the next", async () => {
    const live = await FairFactory.event(t.db, 'erasure-live');
    await t.db.query(`UPDATE event SET status = 'live' WHERE id = $1`, [live.id]);
    const only = await organiserOf(live);

    expect((await erase(only.token)).status).toBe(204);

    expect(await membershipsOf(only.user.id)).toBe(0);
    const audited = await t.db.query(
      `SELECT before FROM audit_log WHERE action = 'event.last_organiser_erased' AND event_id = $1`,
      [live.id],
    );
    expect(audited).toEqual([{ before: { userId: only.user.id } }]);

    const admin = await bareAccount(t, 'platform_admin');
    const next = await bareAccount(t, 'organiser');
    const named = await t.http.post(
      `/api/platform/events/${live.slug}/organisers`,
      { email: next.user.email },
      admin.token,
    );
    expect(named.status).toBe(200);
    expect(named.body.items.map((o: { userId: string }) => o.userId)).toEqual([next.user.id]);
    // Only a platform admin names organisers of a fair they do not run.
    const stranger = await organiserOf(fair);
    const refused = await t.http.post(
      `/api/platform/events/${live.slug}/organisers`,
      { email: stranger.user.email },
      stranger.token,
    );
    expect(refused.status).toBe(403);
  });
});
