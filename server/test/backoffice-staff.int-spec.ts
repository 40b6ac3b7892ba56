import { randomUUID } from 'node:crypto';
import { sha256 } from '../src/modules/auth/token.service';
import { StaffInviteEntity } from '../src/modules/backoffice/staff-invite.entity';
import { LeadEntity } from '../src/modules/leads/lead.entity';
import { BuyerProfileEntity } from '../src/modules/users/user.entity';
import { FairFactory } from './factories/fair.factory';
import { signedIn, TEST_PASSWORD } from './factories/user.factory';
import { createApp, TestApp } from './support/create-app';

/** The back office's people: staff invited by a one-time link, and the booth's leads (consent respected). */
describe('back office: staff and leads', () => {
  let t: TestApp;
  let boothId: string;
  let exhibitorId: string;
  let otherBoothId: string;
  let eventId: string;
  const tokens = {} as Record<'owner' | 'staff' | 'visitor', string>;

  const send = async (method: string, path: string, token?: string, body?: unknown) =>
    t.http.request(method, `/api/backoffice${path}`, { token, body });

  beforeAll(async () => {
    t = await createApp();
    const event = await FairFactory.event(t.db, 'bo-staff-fair');
    eventId = event.id;
    const mine = await FairFactory.booth(t.db, event.id, { products: 2 });
    const theirs = await FairFactory.booth(t.db, event.id, { slot: 1, products: 1 });
    boothId = mine.booth.id;
    exhibitorId = mine.exhibitor.id;
    otherBoothId = theirs.booth.id;
    const owner = await signedIn(t, 'exhibitor', { exhibitorId });
    await t.db.query('UPDATE exhibitor SET owner_user_id = $1 WHERE id = $2', [owner.user.id, exhibitorId]);
    tokens.owner = owner.token;
    tokens.staff = (await signedIn(t, 'exhibitor', { exhibitorId })).token;
    tokens.visitor = (await signedIn(t, 'visitor')).token;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('invites staff by a one-time link: sign up, accept, staff reads but cannot edit, owner removes', async () => {
    const invite = await send('POST', `/booths/${boothId}/staff/invites`, tokens.owner, {
      note: 'Kang Asep',
    });
    const token = new URL(invite.body.url).searchParams.get('token')!;
    expect(await t.db.getRepository(StaffInviteEntity).findOne({ where: { tokenHash: token } })).toBeNull();
    expect((await t.http.post('/api/backoffice/invites/preview', { token })).body.exhibitorName).toMatch(
      /Pesantren/,
    );

    const email = `asep-${randomUUID().slice(0, 6)}@example.test`;
    const reg = await t.http.post('/api/auth/register', {
      email,
      password: TEST_PASSWORD,
      displayName: 'Asep',
      role: 'visitor',
    });
    const accepted = await t.http.post('/api/backoffice/invites/accept', { token }, reg.body.accessToken);
    expect(accepted.body).toEqual({ exhibitorId, boothId });
    expect(
      (await t.http.post('/api/backoffice/invites/accept', { token }, reg.body.accessToken)).status,
    ).toBe(400);

    const session = await t.http.post('/api/auth/refresh', { refreshToken: reg.body.refreshToken });
    const staffToken = session.body.accessToken as string;
    // The team is a membership of the fair, not a field of the account (docs/decisions/0032).
    expect(session.body.user).toMatchObject({ role: 'exhibitor' });
    expect(session.body.user).not.toHaveProperty('exhibitorId');
    expect((await send('GET', '/me?event=bo-staff-fair', staffToken)).body.role).toBe('staff');
    expect((await send('GET', `/booths/${boothId}`, staffToken)).body.role).toBe('staff');
    expect((await send('PATCH', `/booths/${boothId}`, staffToken, { theme: 'classic' })).status).toBe(403);
    const list = (await send('GET', `/booths/${boothId}/staff`, tokens.owner)).body;
    expect(list.members.map((m: { displayName: string }) => m.displayName)).toContain('Asep');

    expect((await send('DELETE', `/booths/${boothId}/staff/${reg.body.user.id}`, tokens.owner)).status).toBe(
      204,
    );
    // The removal ends the sessions: the old token is refused outright (docs/security.md, revocation).
    expect((await send('GET', `/booths/${boothId}`, staffToken)).body.code).toBe('session_revoked');
    expect((await t.http.post('/api/auth/refresh', { refreshToken: session.body.refreshToken })).status).toBe(
      401,
    );

    const expired = await t.db.getRepository(StaffInviteEntity).save({
      exhibitorId,
      tokenHash: sha256('an-expired-invitation-token-0000'),
      expiresAt: new Date(Date.now() - 1000),
    });
    expect(expired.id).toBeTruthy();
    const late = await t.http.post(
      '/api/backoffice/invites/accept',
      { token: 'an-expired-invitation-token-0000' },
      tokens.visitor,
    );
    expect(late.body.fields[0].path).toBe('token');
  });

  it("shows the booth's leads with consenting visitors only, and exports them as CSV", async () => {
    const buyer = await signedIn(t, 'buyer', { leadConsent: true, displayName: 'Aisha Rahman' });
    await t.db.getRepository(BuyerProfileEntity).save({
      userId: buyer.user.id,
      type: 'buyer',
      company: 'Halal Trade Sdn Bhd',
      country: 'MY',
      interests: [],
    });
    const shy = await signedIn(t, 'visitor', { leadConsent: false, displayName: 'Diam Diam' });
    const [p] = await t.db.query<{ id: string }[]>('SELECT id FROM product WHERE booth_id = $1 LIMIT 1', [
      boothId,
    ]);
    await t.db.getRepository(LeadEntity).insert([
      { boothId, eventId, userId: buyer.user.id, kind: 'visit', endedAt: new Date() },
      { boothId, eventId, userId: shy.user.id, kind: 'visit' },
      { boothId, eventId, userId: buyer.user.id, kind: 'whatsapp', productId: p.id },
      { boothId: otherBoothId, eventId, userId: buyer.user.id, kind: 'visit' },
    ]);
    const summary = (await send('GET', `/booths/${boothId}/leads/summary`, tokens.staff)).body;
    expect(summary.totals).toMatchObject({ visits: 2, uniqueVisitors: 2, whatsapp: 1 });
    expect(summary.perDay[0].visits).toBe(2);
    const list = (await send('GET', `/booths/${boothId}/leads?kind=visit`, tokens.owner)).body;
    expect(list.total).toBe(2);
    const names = list.items.map((i: { visitor: { name: string } | null }) => i.visitor?.name ?? null);
    expect(names.sort()).toEqual(['Aisha Rahman', null].sort());
    const csv = await send('GET', `/booths/${boothId}/leads/export.csv`, tokens.owner);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.body).toMatch(/Aisha Rahman,buyer,Halal Trade Sdn Bhd,MY/);
    expect(csv.body).not.toMatch(/Diam Diam/);
  });
});
