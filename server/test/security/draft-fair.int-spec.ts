import { FairFactory } from '../factories/fair.factory';
import { bareAccount, signedIn } from '../factories/user.factory';
import { createApp, TestApp } from '../support/create-app';

jest.setTimeout(60_000);

type Who = Awaited<ReturnType<typeof signedIn>>;

/**
 * A fair in `draft` is being prepared: its name, dates and programme are not public yet (docs/security.md,
 * "Fairs"; docs/decisions/0033-fair-rights-in-the-client.md). Only its organisers and platform admins read it.
 */
describe('security: a fair in draft (real PostgreSQL)', () => {
  let t: TestApp;
  let organiser: Who;
  let otherOrganiser: Who;
  let admin: Who;
  let visitor: Who;

  beforeAll(async () => {
    t = await createApp();
    const draft = await FairFactory.event(t.db, 'secret-2027', { status: 'draft' });
    const other = await FairFactory.event(t.db, 'other-2027');
    organiser = await bareAccount(t, 'organiser');
    otherOrganiser = await bareAccount(t, 'organiser');
    admin = await bareAccount(t, 'platform_admin');
    visitor = await bareAccount(t, 'visitor');
    await t.db.query(
      `INSERT INTO membership (user_id, event_id, role) VALUES ($1, $2, 'organiser'), ($3, $4, 'organiser')`,
      [organiser.user.id, draft.id, otherOrganiser.user.id, other.id],
    );
  });
  afterAll(() => t?.close());

  it('anyone but its organisers and platform admins is told it does not exist', async () => {
    for (const who of [null, visitor, otherOrganiser]) {
      const r = await t.http.request('GET', '/api/events/secret-2027', { token: who?.token });
      expect([who?.user.role ?? 'anonymous', r.status]).toEqual([who?.user.role ?? 'anonymous', 404]);
      expect(JSON.stringify(r.body)).not.toMatch(/Pameran Uji|Test Fair/);
      const me = await t.http.request('GET', '/api/events/secret-2027/me', { token: who?.token });
      expect(me.status).toBe(who ? 404 : 401);
    }
    expect((await t.http.get('/api/events/secret-2027/agenda.ics')).status).toBe(404);
    // A fair that is not a draft answers everyone, as before.
    expect((await t.http.get('/api/events/other-2027')).status).toBe(200);
  });

  it('its organisers and a platform admin read it', async () => {
    for (const who of [organiser, admin]) {
      const r = await t.http.request('GET', '/api/events/secret-2027', { token: who.token });
      expect([who.user.role, r.status, r.body.slug]).toEqual([who.user.role, 200, 'secret-2027']);
    }
    const me = await t.http.request('GET', '/api/events/secret-2027/me', { token: organiser.token });
    expect(me.body).toEqual({ role: 'organiser', exhibitorId: null, boothId: null, teamRole: null });
  });
});
