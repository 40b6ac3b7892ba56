import { createApp, Engine, TestApp } from './support/create-app';
import { FairFactory } from './factories/fair.factory';
import { signedIn } from './factories/user.factory';

/** The same behaviour on both engines: PostgreSQL and embedded PGlite run the same migrations. */
describe.each<Engine>(['postgres', 'pglite'])('foundation on %s', (engine) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createApp({ engine });
  });
  afterAll(() => t?.close());

  it('is healthy and migrated, with the extensions later issues need', async () => {
    const health = await t.http.get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body.info.database.status).toBe('up');
    const ext = await t.db.query<{ extname: string }[]>('SELECT extname FROM pg_extension');
    expect(ext.map((e) => e.extname)).toEqual(expect.arrayContaining(['btree_gist', 'pg_trgm', 'uuid-ossp']));
    const migrations = await t.db.query('SELECT name FROM migrations');
    expect(migrations.length).toBeGreaterThan(0);
  });

  it("tells a platform admin this node's vital signs, over the window asked for", async () => {
    const { token } = await signedIn(t, 'platform_admin');
    const [a, b] = [
      await t.http.get('/api/health/node', token),
      await t.http.get('/api/health/node?seconds=5', token),
    ];
    for (const r of [a, b]) {
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({
        connections: 0,
        scheduleLeader: expect.any(Boolean),
        heapUsedBytes: expect.any(Number),
        rssBytes: expect.any(Number),
        eventLoopDelayMs: { p50: expect.any(Number), p99: expect.any(Number), max: expect.any(Number) },
      });
    }
    expect(b.body.eventLoopDelayMs.max).toBeLessThanOrEqual(
      (await t.http.get('/api/health/node', token)).body.eventLoopDelayMs.max,
    );
    expect((await t.http.get('/api/health/node?seconds=0', token)).status).toBe(400);
  });

  it('enforces an exclusion constraint over time ranges (btree_gist works)', async () => {
    await t.db.query(
      'CREATE TEMP TABLE slot_probe (who int, at tstzrange, EXCLUDE USING gist (who WITH =, at WITH &&))',
    );
    await t.db.query(
      "INSERT INTO slot_probe VALUES (1, tstzrange('2020-12-05 09:00+07', '2020-12-05 09:30+07'))",
    );
    await expect(
      t.db.query(
        "INSERT INTO slot_probe VALUES (1, tstzrange('2020-12-05 09:15+07', '2020-12-05 09:45+07'))",
      ),
    ).rejects.toMatchObject({ driverError: { code: '23P01' } });
    await t.db.query('DROP TABLE slot_probe');
  });

  it('keeps constraints in the database: a negative price or bad WhatsApp number is refused', async () => {
    const event = await FairFactory.event(t.db, `fair-${engine}-c`);
    const { booth } = await FairFactory.booth(t.db, event.id, { products: 1 });
    await expect(
      t.db.query(
        `INSERT INTO product (booth_id, category, name_id, price_rupiah, unit) VALUES ($1, 'makanan', 'x', -1, 'kg')`,
        [booth.id],
      ),
    ).rejects.toMatchObject({ driverError: { code: '23514' } });
    await expect(FairFactory.exhibitor(t.db, event.id, { whatsappNumber: '0812345' })).rejects.toMatchObject({
      driverError: { code: '23514' },
    });
  });

  it('takes a guest in, upgrades them to an account with the same id, and logs them in', async () => {
    const guest = await t.http.post('/api/auth/guest', { displayName: 'Siti' });
    expect(guest.status).toBe(201);
    expect(guest.body.user).toMatchObject({ displayName: 'Siti', role: 'visitor', isGuest: true });
    const email = `siti-${engine}@example.test`;
    const upgraded = await t.http.post(
      '/api/auth/upgrade',
      {
        email,
        password: 'a long enough secret',
        role: 'buyer',
        leadConsent: true,
        buyerProfile: { type: 'buyer', company: 'PT Maju', country: 'ID' },
      },
      guest.body.accessToken,
    );
    expect(upgraded.status).toBe(200);
    expect(upgraded.body.user).toMatchObject({
      id: guest.body.user.id,
      isGuest: false,
      role: 'buyer',
      leadConsent: true,
    });
    expect(upgraded.body.user.buyerProfile).toMatchObject({ company: 'PT Maju', country: 'ID' });

    const wrong = await t.http.post('/api/auth/login', { email, password: 'not the password' });
    expect(wrong.status).toBe(401);
    const login = await t.http.post('/api/auth/login', {
      email: email.toUpperCase(),
      password: 'a long enough secret',
    });
    expect(login.status).toBe(200);
    const me = await t.http.get('/api/users/me', login.body.accessToken);
    expect(me.body.id).toBe(guest.body.user.id);
  });

  it('rotates refresh tokens and revokes the family when a spent one is replayed', async () => {
    const guest = await t.http.post('/api/auth/guest', { displayName: 'Budi' });
    const first = await t.http.post('/api/auth/refresh', { refreshToken: guest.body.refreshToken });
    expect(first.status).toBe(200);
    const replay = await t.http.post('/api/auth/refresh', { refreshToken: guest.body.refreshToken });
    expect(replay.status).toBe(401);
    const afterTheft = await t.http.post('/api/auth/refresh', { refreshToken: first.body.refreshToken });
    expect(afterTheft.status).toBe(401);
  });

  it('rejects malformed bodies with field paths and writes nothing', async () => {
    const before = await t.db.query('SELECT count(*)::int AS n FROM app_user');
    const res = await t.http.post('/api/auth/register', {
      email: 'not-an-email',
      password: 'short',
      displayName: 'X',
      extra: 1,
    });
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { path: string }) => f.path)).toEqual(
      expect.arrayContaining(['email', 'password', 'displayName']),
    );
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts|stack/i);
    const unknown = await t.http.post('/api/auth/guest', { displayName: 'Ani', isAdmin: true });
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields[0].message).toMatch(/isAdmin/);
    const broken = await t.http.request('POST', '/api/auth/guest', { rawBody: '{"displayName": ' });
    expect(broken.status).toBe(400);
    const after = await t.db.query('SELECT count(*)::int AS n FROM app_user');
    expect(after[0].n).toBe(before[0].n);
  });

  it('runs the audition: apply, approve places a booth in the zone, reject needs a reason; both audited', async () => {
    const event = await FairFactory.event(t.db, `fair-${engine}-a`);
    await FairFactory.booth(t.db, event.id, { category: 'kerajinan', slot: 0 });
    const applicant = await signedIn(t, 'exhibitor');
    const organiser = await signedIn(t, 'organiser');
    const application = {
      eventSlug: event.slug,
      name: 'Pondok Pesantren Al-Ikhlas Cibatu',
      region: 'kabupaten-garut',
      contactName: 'Ust. Hasan',
      whatsappNumber: '+6285712345678',
      category: 'kerajinan',
      description: {
        id: 'Kerajinan anyaman bambu dari santri Cibatu.',
        en: 'Bamboo weaving by the students of Cibatu.',
      },
    };
    const applied = await t.http.post('/api/exhibitors', application, applicant.token);
    expect(applied.status).toBe(201);
    expect(applied.body.status).toBe('applied');
    expect((await t.http.post('/api/exhibitors', application, applicant.token)).status).toBe(409);

    const approved = await t.http.post(
      `/api/admin/exhibitors/${applied.body.id}/approve`,
      undefined,
      organiser.token,
    );
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    const booths = await t.http.get(`/api/events/${event.slug}/booths?category=kerajinan`);
    const placed = booths.body.items.find((b: { exhibitorId: string }) => b.exhibitorId === applied.body.id);
    expect(placed).toBeDefined();
    expect(booths.body.items.map((b: { position: unknown }) => JSON.stringify(b.position)).length).toBe(
      new Set(booths.body.items.map((b: { position: unknown }) => JSON.stringify(b.position))).size,
    );
    expect(
      (await t.http.post(`/api/admin/exhibitors/${applied.body.id}/approve`, undefined, organiser.token))
        .status,
    ).toBe(409);

    const other = await FairFactory.exhibitor(t.db, event.id);
    const noReason = await t.http.post(`/api/admin/exhibitors/${other.id}/reject`, {}, organiser.token);
    expect(noReason.status).toBe(400);
    expect(noReason.body.fields[0].path).toBe('reason');
    const rejected = await t.http.post(
      `/api/admin/exhibitors/${other.id}/reject`,
      { reason: 'Produk belum memiliki P-IRT' },
      organiser.token,
    );
    expect(rejected.body).toMatchObject({ status: 'rejected', statusReason: 'Produk belum memiliki P-IRT' });
    const audit = await t.db.query(
      'SELECT action, actor_id FROM audit_log WHERE entity_id = ANY($1) ORDER BY created_at',
      [[applied.body.id, other.id]],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['exhibitor.approve', 'exhibitor.reject']);
    expect(audit[0].actor_id).toBe(organiser.user.id);
  });

  it('lets a user export and then delete their data', async () => {
    const guest = await t.http.post('/api/auth/guest', { displayName: 'Rina' });
    const exported = await t.http.get('/api/users/me/export', guest.body.accessToken);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toMatch(/attachment/);
    expect(exported.body.user.id).toBe(guest.body.user.id);
    expect((await t.http.request('DELETE', '/api/users/me', { token: guest.body.accessToken })).status).toBe(
      204,
    );
    expect((await t.http.get('/api/users/me', guest.body.accessToken)).status).toBe(401);
    // Erasure leaves a tombstone without the name (docs/privacy.md), not an account.
    const rows = await t.db.query('SELECT display_name, deleted_at FROM app_user WHERE id = $1', [
      guest.body.user.id,
    ]);
    expect(rows).toEqual([{ display_name: '', deleted_at: expect.any(Date) }]);
  });

  it('publishes OpenAPI generated from the shared schemas to platform staff', async () => {
    const { token } = await signedIn(t, 'platform_admin');
    const doc = await t.http.get('/api/openapi.json', token);
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/guest',
        '/api/events/{slug}/booths',
        '/api/products',
        '/api/admin/exhibitors/{id}/approve',
      ]),
    );
    const docs = await t.http.get('/api/docs');
    expect(docs.status).toBe(200);
  });
});
