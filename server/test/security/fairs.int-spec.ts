import { bareAccount, signedIn } from '../factories/user.factory';
import { createApp, TestApp } from '../support/create-app';

jest.setTimeout(60_000);

type Who = Awaited<ReturnType<typeof signedIn>>;

/**
 * Abuse cases against fairs and their organisers (docs/security.md, "Fairs"): an organiser of fair A acting
 * on fair B, anyone but the platform admin creating a fair, and the API handing out `platform_admin`.
 */
describe('security: fairs (real PostgreSQL)', () => {
  let t: TestApp;
  let admin: Who;
  let ofA: Who;
  let ofB: Who;

  beforeAll(async () => {
    t = await createApp();
    admin = await signedIn(t, 'platform_admin');
    ofA = await bareAccount(t, 'organiser');
    ofB = await bareAccount(t, 'organiser');
    for (const [slug, who] of [
      ['sec-a', ofA],
      ['sec-b', ofB],
    ] as const) {
      const made = await t.http.post(
        '/api/platform/events',
        {
          slug,
          nameId: slug,
          nameEn: slug,
          startsOn: '2027-05-01',
          endsOn: '2027-05-02',
          organisers: [who.user.email],
        },
        admin.token,
      );
      expect(made.status).toBe(201);
    }
  });
  afterAll(() => t?.close());

  const req = (method: string, path: string, who: Who | null, body?: unknown) =>
    t.http.request(method, `/api${path}`, { token: who?.token, body });

  it('an organiser of fair A cannot read, edit, move, staff or clone fair B', async () => {
    const attempts: [string, string, unknown][] = [
      ['GET', '/admin/events/sec-b', undefined],
      ['PATCH', '/admin/events/sec-b', { nameEn: 'Taken over' }],
      ['PATCH', '/admin/events/sec-b/settings', { chatRegisteredOnly: true }],
      ['POST', '/admin/events/sec-b/status', { to: 'published' }],
      ['GET', '/admin/events/sec-b/organisers', undefined],
      ['POST', '/admin/events/sec-b/organisers', { email: ofA.user.email }],
      ['DELETE', `/admin/events/sec-b/organisers/${ofB.user.id}`, undefined],
      [
        'POST',
        '/admin/events/sec-b/clone',
        { slug: 'sec-b-copy', nameId: 'x', nameEn: 'x', startsOn: '2028-01-01' },
      ],
    ];
    for (const [method, path, body] of attempts) {
      const r = await req(method, path, ofA, body);
      expect([method, path, r.status]).toEqual([method, path, 403]);
    }
    const [b] = await t.db.query(
      `SELECT e.name_en, e.status, e.chat_registered_only,
         (SELECT array_agg(m.user_id) FROM membership m WHERE m.event_id = e.id) AS organisers,
         (SELECT count(*)::int FROM event c WHERE c.slug = 'sec-b-copy') AS copies
       FROM event e WHERE e.slug = 'sec-b'`,
    );
    expect(b).toEqual({
      name_en: 'sec-b',
      status: 'draft',
      chat_registered_only: false,
      organisers: [ofB.user.id],
      copies: 0,
    });
    // Their own fair answers them.
    expect((await req('PATCH', '/admin/events/sec-a', ofA, { nameEn: 'Mine' })).status).toBe(200);
  });

  it('nobody but a platform admin creates a fair or lists every fair', async () => {
    const fair = {
      slug: 'sec-rogue',
      nameId: 'x',
      nameEn: 'x',
      startsOn: '2027-06-01',
      endsOn: '2027-06-01',
      organisers: [ofA.user.email],
    };
    const others = [
      ofA,
      await signedIn(t, 'organiser'),
      await signedIn(t, 'visitor'),
      await signedIn(t, 'buyer'),
      await signedIn(t, 'exhibitor'),
    ];
    for (const who of others) {
      expect((await req('POST', '/platform/events', who, fair)).status).toBe(403);
      expect((await req('GET', '/platform/events', who)).status).toBe(403);
    }
    expect((await req('POST', '/platform/events', null, fair)).status).toBe(401);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM event WHERE slug = 'sec-rogue'`);
    expect(n).toBe(0);
  });

  it('the role change never gives platform_admin (only the admin command line does)', async () => {
    const organiser = await signedIn(t, 'organiser');
    const target = await signedIn(t, 'visitor');
    for (const who of [organiser, admin]) {
      const r = await req('POST', `/admin/users/${target.user.id}/role`, who, { role: 'platform_admin' });
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
    }
    const [row] = await t.db.query('SELECT role FROM app_user WHERE id = $1', [target.user.id]);
    expect(row.role).toBe('visitor');
    // Not even a platform admin for another or for oneself: the role is not one the API gives (400), and an
    // organiser may change no account's role at all (403, docs/security.md "Fair organisers").
    const self = await req('POST', `/admin/users/${admin.user.id}/role`, admin, { role: 'platform_admin' });
    expect(self.status).toBe(400);
    const own = await req('POST', `/admin/users/${organiser.user.id}/role`, organiser, {
      role: 'platform_admin',
    });
    expect(own.status).toBe(403);
  });
});
