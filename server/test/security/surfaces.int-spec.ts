import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { signedIn } from '../factories/user.factory';
import { createApp, TestApp } from '../support/create-app';
import { HttpClient } from '../support/http';
import { NodeProcess } from '../support/node-process';
import { createDatabase } from '../support/services';

/**
 * Production surfaces (docs/security.md, "Production surfaces, mail and storage"): what a stranger can
 * read about the API and the nodes, which headers every answer carries, and what a production start on an
 * empty database leaves behind.
 */
describe('production surfaces', () => {
  let t: TestApp;
  let client: string;

  beforeAll(async () => {
    client = mkdtempSync(join(tmpdir(), 'pameran-client-'));
    mkdirSync(join(client, 'assets'));
    writeFileSync(
      join(client, 'index.html'),
      '<!doctype html><script type="module" src="/assets/app.js"></script>',
    );
    t = await createApp({
      env: {
        CLIENT_DIST: client,
        TRUST_PROXY: '1',
        PUBLIC_ORIGIN: 'https://fair.example.test',
        LIVEKIT_URL: 'wss://video.example.test',
        LIVEKIT_API_KEY: 'key',
        LIVEKIT_API_SECRET: 'a-secret-of-enough-length-for-livekit',
      },
    });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(client, { recursive: true, force: true });
  });

  it.each(['/api/openapi.json', '/api/health/node'])(
    '%s needs a platform admin or a fair organiser',
    async (path) => {
      expect((await t.http.get(path)).status).toBe(401);
      expect((await t.http.get(path, (await signedIn(t, 'exhibitor')).token)).status).toBe(403);
      // An account that signed up as organiser but organises no fair (there is none here) is nobody special.
      expect((await t.http.get(path, (await signedIn(t, 'organiser')).token)).status).toBe(403);
      expect((await t.http.get(path, (await signedIn(t, 'platform_admin')).token)).status).toBe(200);
    },
  );

  it('the docs page is a bare viewer: no API description inside, no inline script', async () => {
    const page = await t.http.get('/api/docs');
    expect(page.status).toBe(200);
    expect(page.body).not.toMatch(/\/api\/admin|paths/);
    expect(page.body).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    const init = await t.http.get('/api/docs/init.js');
    expect(init.body).toContain('/api/openapi.json');
    expect(init.body).not.toMatch(/\/api\/admin/);
    for (const gone of ['/api/docs-json', '/api/docs-yaml', '/api/docs/swagger-ui-init.js'])
      expect((await t.http.get(gone)).status).toBe(404);
  });

  it('the load balancer health check says up or down and nothing more', async () => {
    const health = await t.http.get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({
      status: 'ok',
      info: { database: { status: 'up' } },
      error: {},
      details: { database: { status: 'up' } },
    });
  });

  it.each(['/', '/booths/some-booth', '/api/events/none', '/api/docs'])(
    '%s carries a CSP without inline script, framing refused',
    async (path) => {
      const res = await t.http.get(path);
      const csp = Object.fromEntries(
        (res.headers.get('content-security-policy') ?? '')
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...values]) => [name, values]),
      );
      expect(csp['frame-ancestors']).toEqual(["'none'"]);
      // 'wasm-unsafe-eval' lets the app's own .wasm compile (the badge scanner); JavaScript eval stays refused.
      expect(csp['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(csp['object-src']).toEqual(["'none'"]);
      expect(csp['connect-src']).toEqual(
        expect.arrayContaining([
          "'self'",
          'https://fair.example.test',
          'wss://fair.example.test',
          'wss://video.example.test',
          'https://video.example.test',
        ]),
      );
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    },
  );

  it('sends HSTS on https (as the trusted proxy says) and never on plain http', async () => {
    const https = await t.http.request('GET', '/', { headers: { 'x-forwarded-proto': 'https' } });
    expect(https.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    expect((await t.http.get('/')).headers.get('strict-transport-security')).toBeNull();
  });
});

const run = promisify(execFile);
const ADMIN = join(__dirname, '..', '..', 'dist', 'cli', 'admin.js');
const SECRET = 'a-production-secret-of-at-least-32-characters';

/** A production node as an operator starts it (built server), on an empty PostgreSQL database. */
describe('a production start on an empty database', () => {
  let database: { url: string; drop: () => Promise<void> };
  let dir: string;
  let node: NodeProcess;

  const production = () => ({
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    JWT_SECRET: SECRET,
    PUBLIC_ORIGIN: 'https://fair.example.test', // required in production (links in mail point there)
    DATA_DIR: dir,
    PATH: process.env.PATH ?? '',
  });

  beforeAll(async () => {
    database = await createDatabase();
    dir = mkdtempSync(join(tmpdir(), 'pameran-prod-'));
    node = new NodeProcess({ ...production(), LOG_LEVEL: 'debug' }).start();
    await node.ready();
  }, 120_000);
  afterAll(async () => {
    await node?.stop();
    await database?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('creates no account, no demo fair and logs no password', async () => {
    const db = new Client({ connectionString: database.url });
    await db.connect();
    const [{ users, events }] = (
      await db.query(
        'SELECT (SELECT count(*) FROM app_user)::int AS users, (SELECT count(*) FROM event)::int AS events',
      )
    ).rows;
    await db.end();
    expect({ users, events }).toEqual({ users: 0, events: 0 });
    // (Route names such as /api/auth/password-reset are logged; an account's password never is.)
    expect(node.output.join('\n')).not.toMatch(/demo account|passwords? generated|demo-accounts/i);
    expect(existsSync(join(dir, 'demo-accounts.txt'))).toBe(false);
  });

  it('the admin command creates an organiser who signs in and, once organising a fair, reads the API description', async () => {
    const password = 'Kata sandi panitia 2026';
    const file = join(dir, 'organiser-password');
    writeFileSync(file, `${password}\n`, { mode: 0o600 });
    const args = ['create-organiser', '--email', 'panitia@fair.example.test', '--name', 'Panitia'];
    const { stdout, stderr } = await run(process.execPath, [ADMIN, ...args, '--password-file', file], {
      env: production(),
    });
    expect(`${stdout}${stderr}`).toContain('Created organiser panitia@fair.example.test');
    expect(`${stdout}${stderr}`).not.toContain(password);

    const http = new HttpClient(node.url!);
    const login = await http.post('/api/auth/login', { email: 'panitia@fair.example.test', password });
    expect(login.status).toBe(200);
    expect(login.body.user.role).toBe('organiser');

    const event = await run(
      process.execPath,
      [
        ADMIN,
        'create-event',
        '--slug',
        'fair-2026',
        '--name',
        'Pameran 2026',
        '--starts',
        '2026-12-05',
        '--ends',
        '2026-12-06',
      ],
      { env: production() },
    );
    expect(event.stdout).toContain('Created the fair fair-2026');
    // A new fair is a draft: it exists for its organisers only (docs/decisions/0033-fair-rights-in-the-client.md).
    expect((await http.get('/api/events/fair-2026')).status).toBe(404);
    const db = new Client({ connectionString: database.url });
    await db.connect();
    // Rights are memberships of a fair (docs/decisions/0025-many-fairs.md); the command names no organisers.
    await db.query(
      `INSERT INTO membership (user_id, event_id, role)
       SELECT u.id, e.id, 'organiser' FROM app_user u, event e WHERE u.email = $1 AND e.slug = 'fair-2026'`,
      ['panitia@fair.example.test'],
    );
    await db.end();
    expect((await http.get('/api/openapi.json', login.body.accessToken)).status).toBe(200);
    expect((await http.get('/api/events/fair-2026', login.body.accessToken)).status).toBe(200);
  }, 60_000);

  it('refuses demo switches in one line', async () => {
    const refused = new NodeProcess({ ...production(), DEMO_LIVE: '1' }).start();
    expect(await refused.exited()).toBe(1);
    expect(refused.output).toEqual([
      'Invalid configuration: DEMO_LIVE is a demo setting, refused with NODE_ENV=production',
    ]);
  });
});
