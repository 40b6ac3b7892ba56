import type { Role } from '@pameran/contracts';
import { TokenService } from '../../src/modules/auth/token.service';
import { EventEntity } from '../../src/modules/events/event.entity';
import { FairFactory } from '../factories/fair.factory';
import { MessagesFactory as M } from '../factories/messages.factory';
import { signedIn, UserFactory } from '../factories/user.factory';
import { createApp, TestApp } from '../support/create-app';
import { connectHall } from '../support/hall-client';

jest.setTimeout(90_000);

/**
 * Abuse cases of an organiser of one fair against another fair on the same installation (docs/security.md,
 * "Fair organisers"; docs/decisions/0025-many-fairs.md): fair A's organiser reads and changes nothing of
 * fair B through the console, announcements, schedule, matching, moderation, deals, reports, the audit log,
 * the message reports or the help desk; a sanction holds in its own fair only.
 */
describe('security: an organiser of one fair has no power over another (real PostgreSQL)', () => {
  let t: TestApp;
  let a: EventEntity;
  let b: EventEntity;
  let orgA: string;
  let orgB: string;
  let orgBUserId: string;

  /** An account of this role organising `event` only, or no fair (`UserFactory` would give it every fair). */
  const account = async (role: Role, event?: EventEntity) => {
    const user = await UserFactory.create(t.db, { role, memberships: false });
    if (event)
      await t.db.query(`INSERT INTO membership (user_id, event_id, role) VALUES ($1, $2, 'organiser')`, [
        user.id,
        event.id,
      ]);
    const token = t.app.get(TokenService).signAccess({
      sub: user.id,
      role: user.role,
      name: user.displayName,
      guest: false,
    });
    return { user, token };
  };
  const get = (path: string, token: string) => t.http.get(path, token);
  const sessionOf = async (event: EventEntity): Promise<string> =>
    (await t.db.query('SELECT id FROM schedule_session WHERE event_id = $1 LIMIT 1', [event.id]))[0].id;

  beforeAll(async () => {
    t = await createApp();
    a = await FairFactory.event(t.db, 'fair-a');
    b = await FairFactory.event(t.db, 'fair-b');
    orgA = (await account('organiser', a)).token;
    const ob = await account('organiser', b);
    orgB = ob.token;
    orgBUserId = ob.user.id;
  });
  afterAll(() => t?.close());

  it("B's console (dashboard, charts, chat, sanctions, settings, funnel) is refused to A's organiser", async () => {
    for (const path of [
      'dashboard',
      'dashboard/series?bucket=hour',
      'dashboard/booths',
      'chat',
      'sanctions',
      'settings',
      'funnel',
    ]) {
      expect([path, (await get(`/api/admin/console/${b.slug}/${path}`, orgA)).status]).toEqual([path, 403]);
      expect([path, (await get(`/api/admin/console/${a.slug}/${path}`, orgA)).status]).toEqual([path, 200]);
    }
  });

  it("A's organiser cannot announce in B's hall", async () => {
    const res = await t.http.post(
      `/api/admin/events/${b.slug}/announcements`,
      { text: 'bukan acaramu' },
      orgA,
    );
    expect(res.status).toBe(403);
  });

  it("A's organiser cannot add, change, run or delete B's sessions", async () => {
    const id = await sessionOf(b);
    const session = {
      dayId: (await t.db.query('SELECT id FROM event_day WHERE event_id = $1', [b.id]))[0].id,
      kind: 'talk',
      titleId: 'Bukan milikmu',
      titleEn: 'Not yours',
      startsAt: new Date(Date.now() + 3_600_000).toISOString(),
      endsAt: new Date(Date.now() + 7_200_000).toISOString(),
    };
    expect((await t.http.post(`/api/admin/events/${b.slug}/sessions`, session, orgA)).status).toBe(403);
    expect(
      (await t.http.request('PATCH', `/api/admin/sessions/${id}`, { token: orgA, body: {} })).status,
    ).toBe(403);
    expect((await t.http.post(`/api/admin/sessions/${id}/control`, { action: 'cancel' }, orgA)).status).toBe(
      403,
    );
    expect((await t.http.request('DELETE', `/api/admin/sessions/${id}`, { token: orgA })).status).toBe(403);
    expect(await t.db.query('SELECT id FROM schedule_session WHERE id = $1', [id])).toHaveLength(1);
    expect((await get(`/api/admin/stage/${id}/capacity`, orgA)).status).toBe(403);
  });

  it("B's meeting tables and meetings are refused; B's table cannot be removed through A's address", async () => {
    const table = await t.http.post(`/api/admin/events/${b.slug}/matching/tables`, { label: 'B-1' }, orgB);
    expect(table.status).toBe(201);
    expect((await get(`/api/admin/events/${b.slug}/matching/tables`, orgA)).status).toBe(403);
    expect((await get(`/api/admin/events/${b.slug}/matching/meetings`, orgA)).status).toBe(403);
    expect((await get(`/api/admin/events/${b.slug}/matching/settings`, orgA)).status).toBe(403);
    expect(
      (await t.http.post(`/api/admin/events/${b.slug}/matching/tables`, { label: 'A?' }, orgA)).status,
    ).toBe(403);
    const viaA = await t.http.request(
      'DELETE',
      `/api/admin/events/${a.slug}/matching/tables/${table.body.id}`,
      {
        token: orgA,
      },
    );
    expect(viaA.status).toBe(404);
    const tables = (await get(`/api/admin/events/${b.slug}/matching/tables`, orgB)).body;
    expect(JSON.stringify(tables)).toContain('B-1');
  });

  it("B's deal verification queue and plausible range are refused", async () => {
    expect((await get(`/api/admin/events/${b.slug}/deals/verification`, orgA)).status).toBe(403);
    const range = await t.http.request('PUT', `/api/admin/events/${b.slug}/deals/range`, {
      token: orgA,
      body: { min: 1, max: 2 },
    });
    expect(range.status).toBe(403);
  });

  it("B's reports (summary and every CSV) and printable QR sheets are refused", async () => {
    expect((await get(`/api/events/${b.slug}/report/summary`, orgA)).status).toBe(403);
    for (const kind of ['exhibitors', 'products', 'leads', 'meetings', 'deals'])
      expect([kind, (await get(`/api/events/${b.slug}/report/${kind}.csv`, orgA)).status]).toEqual([
        kind,
        403,
      ]);
    expect((await get(`/api/admin/events/${b.slug}/qr/booths.pdf?zone=makanan`, orgA)).status).toBe(403);
  });

  it('the audit log shows a fair its own entries only; another fair is refused', async () => {
    await t.http.post(`/api/admin/events/${b.slug}/matching/tables`, { label: 'B-audit' }, orgB);
    expect((await get(`/api/admin/audit?event=${b.slug}`, orgA)).status).toBe(403);
    expect((await get(`/api/admin/audit/actions?event=${b.slug}`, orgA)).status).toBe(403);
    const mine = await get(`/api/admin/audit?event=${a.slug}&q=matching`, orgA);
    expect(mine.status).toBe(200);
    expect(JSON.stringify(mine.body)).not.toContain('B-audit');
    const theirs = await get(`/api/admin/audit?event=${b.slug}&q=matching`, orgB);
    expect(JSON.stringify(theirs.body)).toContain('B-audit');
    expect((await get('/api/admin/audit', orgA)).status).toBe(400);
  });

  it("moderation: a mute holds in its own fair; B's reports and mutes are out of A's reach", async () => {
    const p = await M.pair(t, b.id, 1);
    const thread = (await M.open(t, p.buyer.token, 'meeting', p.meetingId)).body as { id: string };
    const rude = (await M.post(t, p.x.staff.token, thread.id, 'Pesan kasar di B')).body as { id: string };
    await t.http.post(
      `/api/threads/${thread.id}/messages/${rude.id}/report`,
      { reason: 'kasar' },
      p.buyer.token,
    );

    // Muted by A's organisers: the buyer still writes in fair B.
    const mute = { userId: p.buyer.user.id, kind: 'mute', minutes: 30, reason: 'ramai di A' };
    expect((await t.http.post(`/api/admin/moderation?event=${a.slug}`, mute, orgA)).status).toBe(200);
    expect((await M.post(t, p.buyer.token, thread.id, 'masih boleh di B')).status).toBe(200);
    expect((await get(`/api/admin/console/${b.slug}/sanctions`, orgB)).body.items).toEqual([]);
    expect((await t.http.post(`/api/admin/moderation?event=${b.slug}`, mute, orgA)).status).toBe(403);

    // B's own mute holds in B, and A's organiser can neither lift it nor see B's report queue.
    expect((await t.http.post(`/api/admin/moderation?event=${b.slug}`, mute, orgB)).status).toBe(200);
    expect((await M.post(t, p.buyer.token, thread.id, 'sekarang dibisukan')).status).toBe(403);
    const lift = await t.http.post(`/api/admin/moderation/${p.buyer.user.id}/lift?event=${a.slug}`, {}, orgA);
    expect(lift.status).toBe(200);
    expect((await M.post(t, p.buyer.token, thread.id, 'masih dibisukan di B')).status).toBe(403);

    expect((await get(`/api/admin/message-reports?event=${b.slug}`, orgA)).status).toBe(403);
    expect((await get(`/api/admin/message-reports?event=${a.slug}`, orgA)).body.items).toEqual([]);
    const [report] = (await get(`/api/admin/message-reports?event=${b.slug}`, orgB)).body.items;
    expect((await t.http.post(`/api/admin/message-reports/${report.id}/hide`, {}, orgA)).status).toBe(403);
  });

  it("a ban by A's organisers keeps the person out of A's hall, not out of B's", async () => {
    const v = await account('visitor');
    const ban = { userId: v.user.id, kind: 'ban', minutes: 30, reason: 'mengganggu di A' };
    expect((await t.http.post(`/api/admin/moderation?event=${a.slug}`, ban, orgA)).status).toBe(200);
    // The ban ended their sessions; a fresh token at the account's new version, as after signing in again.
    const [{ token_version: ver }] = await t.db.query('SELECT token_version FROM app_user WHERE id = $1', [
      v.user.id,
    ]);
    const fresh = t.app.get(TokenService).signAccess({
      sub: v.user.id,
      role: 'visitor',
      name: v.user.displayName,
      guest: false,
      ver,
    });
    await expect(connectHall(t.url, { token: fresh, event: a.slug })).rejects.toThrow(/banned/);
    const inB = await connectHall(t.url, { token: fresh, event: b.slug });
    inB.close();
  });

  it("the help desk finds and resets only accounts in its fair's reach; roles are the platform's", async () => {
    const visitor = await signedIn(t, 'visitor');
    const search = (token: string, event: string, q: string) =>
      get(`/api/admin/users?event=${event}&q=${encodeURIComponent(q)}`, token);
    const found = (await search(orgA, a.slug, 'Test organiser')).body.items.map((u: { id: string }) => u.id);
    expect(found).not.toContain(orgBUserId);
    const reset = (id: string) =>
      t.http.post(`/api/admin/users/${id}/password-reset?event=${a.slug}`, {}, orgA);
    expect((await reset(orgBUserId)).status).toBe(404);
    expect((await reset(visitor.user.id)).status).toBe(201);
    expect((await search(orgA, b.slug, 'Test')).status).toBe(403);

    const role = (token: string) =>
      t.http.post(`/api/admin/users/${visitor.user.id}/role`, { role: 'organiser' as Role }, token);
    expect((await role(orgA)).status).toBe(403);
    expect((await role((await account('platform_admin')).token)).status).toBe(204);
  });

  it("campaigns: B's are refused, and A's reach none of B's organisers or staff", async () => {
    const draft = {
      segment: 'everyone',
      subject: { id: 'Halo', en: 'Hello' },
      text: { id: 'Halo semua', en: 'Hello all' },
    };
    expect((await get(`/api/console/mail/campaigns?event=${b.slug}`, orgA)).status).toBe(403);
    expect(
      (await t.http.post(`/api/console/mail/campaigns/preview?event=${b.slug}`, draft, orgA)).status,
    ).toBe(403);
    const reach = async () =>
      (await t.http.post(`/api/console/mail/campaigns/preview?event=${a.slug}`, draft, orgA)).body
        .count as number;
    const before = await reach();
    const theirs = await account('organiser', b);
    expect(await reach()).toBe(before);
    await signedIn(t, 'visitor');
    expect(await reach()).toBe(before + 1);

    // B's organiser's address bounced: A's organisers neither see it among their suppressions nor lift it.
    const address = theirs.user.email!;
    await t.db.query(`INSERT INTO mail_suppression (address, reason) VALUES ($1, '550 no such user')`, [
      address,
    ]);
    const listed = await get(`/api/console/mail/suppressions?event=${a.slug}`, orgA);
    expect(listed.status).toBe(200);
    expect(JSON.stringify(listed.body)).not.toContain(address);
    const lift = await t.http.request('DELETE', `/api/console/mail/suppressions/${address}?event=${a.slug}`, {
      token: orgA,
    });
    expect(lift.status).toBe(404);
    expect(
      JSON.stringify((await get(`/api/console/mail/suppressions?event=${b.slug}`, orgB)).body),
    ).toContain(address);
  });

  it('platform gauges and the API description: platform admins and organisers of a fair, nobody else', async () => {
    const bare = await account('organiser');
    const admin = await account('platform_admin');
    for (const path of ['/api/health/node', '/api/openapi.json']) {
      expect([path, (await get(path, bare.token)).status]).toEqual([path, 403]);
      expect([path, (await get(path, orgA)).status]).toEqual([path, 200]);
      expect([path, (await get(path, admin.token)).status]).toEqual([path, 200]);
    }
  });
});
