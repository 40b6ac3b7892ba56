import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createDatabase } from './support/services';
import { NodeProcess } from './support/node-process';

/** Operators start several nodes together on one empty database: one migrates and seeds, the others wait. */
describe('several nodes starting at once on one empty PostgreSQL database', () => {
  const dirs: string[] = [];
  const nodes: NodeProcess[] = [];
  let database: { url: string; drop: () => Promise<void> };

  beforeAll(async () => {
    database = await createDatabase();
  });
  afterAll(async () => {
    await Promise.all(nodes.map((n) => n.stop()));
    await database?.drop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('both come up healthy; the schema and the 500-booth fair exist exactly once', async () => {
    const secret = 'x'.repeat(48);
    for (let i = 0; i < 2; i++) {
      const dir = mkdtempSync(join(tmpdir(), `pameran-node${i}-`));
      dirs.push(dir);
      nodes.push(
        new NodeProcess({
          DATABASE_URL: database.url,
          DATA_DIR: dir,
          JWT_SECRET: secret,
          SEED: 'opop-2020',
        }).start(),
      );
    }
    const urls = await Promise.all(nodes.map((n) => n.ready()));
    for (const url of urls) {
      const health = await fetch(`${url}/api/health`);
      expect(health.status).toBe(200);
      const booths = (await (await fetch(`${url}/api/events/opop-2020/booths?limit=1000`)).json()) as {
        total: number;
      };
      expect(booths.total).toBe(500);
    }
    const db = new Client(database.url);
    await db.connect();
    const [{ events }] = (await db.query('SELECT count(*)::int AS events FROM event')).rows;
    const [{ migrations }] = (await db.query('SELECT count(*)::int AS migrations FROM migrations')).rows;
    const [{ users }] = (
      await db.query(`SELECT count(*)::int AS users FROM app_user WHERE role = 'organiser'`)
    ).rows;
    await db.end();
    // The demo fair once; no demo accounts, since these nodes run with NODE_ENV=production.
    expect({ events, users }).toEqual({ events: 1, users: 0 });
    // Exactly one node seeded; the other waited on the lock and found nothing to do.
    const seeded = nodes.filter((n) => n.output.some((l) => l.includes('seeded the demo fair')));
    expect(seeded).toHaveLength(1);
    expect(migrations).toBeGreaterThan(0);
    // A token from one node is accepted by the other (shared JWT_SECRET).
    const guest = (await (
      await fetch(`${urls[0]}/api/auth/guest`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ displayName: 'Lintas Node' }),
      })
    ).json()) as { accessToken: string };
    const me = await fetch(`${urls[1]}/api/users/me`, {
      headers: { authorization: `Bearer ${guest.accessToken}` },
    });
    expect(me.status).toBe(200);
  });
});

describe('configuration errors stop the start with one line naming the variable', () => {
  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ REDIS_URL: 'redis://127.0.0.1:1' }, /JWT_SECRET is required/],
    [{ SEED: 'everything' }, /SEED/],
  ])('%j', async (env, pattern) => {
    const dir = mkdtempSync(join(tmpdir(), 'pameran-cfg-'));
    const node = new NodeProcess({ DATA_DIR: dir, ...env }).start();
    expect(await node.exited()).toBe(1);
    const lines = node.output.filter((l) => l.trim());
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
    rmSync(dir, { recursive: true, force: true });
  });
});

// One laptop node: the token secret generated into DATA_DIR on the first start (production requires
// JWT_SECRET instead) must still verify the first start's tokens after the restart.
describe('embedded PGlite keeps data across a restart', () => {
  it('a guest created before the restart still exists after it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pameran-restart-'));
    try {
      const first = new NodeProcess({ DATA_DIR: dir, SEED: 'none', NODE_ENV: 'development' }).start();
      const url1 = await first.ready();
      const guest = (await (
        await fetch(`${url1}/api/auth/guest`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ displayName: 'Tetap Ada' }),
        })
      ).json()) as { accessToken: string };
      await first.stop();
      // An orderly stop releases the data folder (Nest re-raises SIGTERM after closing, so no exit code).
      expect(existsSync(join(dir, 'pglite.pid'))).toBe(false);
      const second = new NodeProcess({ DATA_DIR: dir, SEED: 'none', NODE_ENV: 'development' }).start();
      const url2 = await second.ready();
      const me = await fetch(`${url2}/api/users/me`, {
        headers: { authorization: `Bearer ${guest.accessToken}` },
      });
      expect(me.status).toBe(200);
      expect(((await me.json()) as { displayName: string }).displayName).toBe('Tetap Ada');
      await second.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
