import { FairFactory } from './factories/fair.factory';
import { bareAccount, signedIn } from './factories/user.factory';
import { createApp, TestApp } from './support/create-app';

jest.setTimeout(60_000);

type Who = Awaited<ReturnType<typeof signedIn>>;

/**
 * `GET /api/events/:slug/me`: what the caller is in that fair, from their memberships of it — the answer the
 * client decides its links and guards on (docs/decisions/0033-fair-rights-in-the-client.md).
 */
describe('what a person is in a fair (real PostgreSQL)', () => {
  let t: TestApp;
  let organiserOfA: Who;
  let staff: Who;
  let buyer: Who;
  let admin: Who;
  let inA: { exhibitorId: string; boothId: string };
  let inB: { exhibitorId: string; boothId: string };

  beforeAll(async () => {
    t = await createApp();
    const a = await FairFactory.event(t.db, 'rights-a');
    const b = await FairFactory.event(t.db, 'rights-b');
    const boothA = await FairFactory.booth(t.db, a.id);
    const boothB = await FairFactory.booth(t.db, b.id);
    inA = { exhibitorId: boothA.exhibitor.id, boothId: boothA.booth.id };
    inB = { exhibitorId: boothB.exhibitor.id, boothId: boothB.booth.id };
    organiserOfA = await bareAccount(t, 'organiser');
    staff = await bareAccount(t, 'exhibitor');
    buyer = await bareAccount(t, 'buyer');
    admin = await bareAccount(t, 'platform_admin');
    // The staff member owns A's exhibitor and is staff (not owner) of B's.
    await t.db.query('UPDATE exhibitor SET owner_user_id = $1 WHERE id = $2', [
      staff.user.id,
      inA.exhibitorId,
    ]);
    await t.db.query(
      `INSERT INTO membership (user_id, event_id, role, exhibitor_id)
       VALUES ($1, $2, 'organiser', NULL), ($3, $2, 'exhibitor', $4), ($3, $5, 'exhibitor', $6)`,
      [organiserOfA.user.id, a.id, staff.user.id, inA.exhibitorId, b.id, inB.exhibitorId],
    );
  });
  afterAll(() => t?.close());

  const me = (slug: string, who: Who | null) =>
    t.http.request('GET', `/api/events/${slug}/me`, { token: who?.token });

  it('an organiser of fair A is its organiser there and a visitor in fair B', async () => {
    expect((await me('rights-a', organiserOfA)).body).toEqual({
      role: 'organiser',
      exhibitorId: null,
      boothId: null,
      teamRole: null,
    });
    expect((await me('rights-b', organiserOfA)).body).toEqual({
      role: 'visitor',
      exhibitorId: null,
      boothId: null,
      teamRole: null,
    });
  });

  it("a staff member is their own exhibitor's owner or staff, with its booth, in each fair", async () => {
    expect((await me('rights-a', staff)).body).toEqual({ role: 'exhibitor', ...inA, teamRole: 'owner' });
    expect((await me('rights-b', staff)).body).toEqual({ role: 'exhibitor', ...inB, teamRole: 'staff' });
  });

  it('a buyer and a platform admin keep their account role; nobody signed in is 401; an unknown fair 404', async () => {
    expect((await me('rights-b', buyer)).body).toMatchObject({ role: 'buyer', exhibitorId: null });
    expect((await me('rights-a', admin)).body).toMatchObject({ role: 'platform_admin', exhibitorId: null });
    expect((await me('rights-a', null)).status).toBe(401);
    expect((await me('no-such-fair', buyer)).status).toBe(404);
  });
});
