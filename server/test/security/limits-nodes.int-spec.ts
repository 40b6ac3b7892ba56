import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeProcess } from '../support/node-process';
import { freePort, RedisProcess } from '../support/redis-process';
import { createDatabase } from '../support/services';

/**
 * Two real nodes behind one (simulated) load balancer share one limit: an attacker whose attempts the
 * balancer spreads over both nodes gets the limit once in total, not once per node. A private Redis, so
 * no other spec's counts are in it.
 */
describe('limits shared by all nodes', () => {
  const dirs: string[] = [];
  const nodes: NodeProcess[] = [];
  let database: { url: string; drop: () => Promise<void> };
  let redis: RedisProcess;

  beforeAll(async () => {
    [database, redis] = await Promise.all([
      createDatabase(),
      freePort().then((port) => new RedisProcess(port).start()),
    ]);
  });
  afterAll(async () => {
    await Promise.all(nodes.map((n) => n.stop()));
    await Promise.all([database?.drop(), redis?.stop()]);
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('login attempts alternating between node A and node B meet one limit of 5 in total', async () => {
    for (let i = 0; i < 2; i++) {
      const dir = mkdtempSync(join(tmpdir(), `pameran-limits${i}-`));
      dirs.push(dir);
      nodes.push(
        new NodeProcess({
          DATABASE_URL: database.url,
          REDIS_URL: redis.url,
          UPLOAD_DIR_SHARED: '1', // nothing is uploaded here; several nodes must still say where pictures go
          DATA_DIR: dir,
          JWT_SECRET: 'n'.repeat(48),
          SEED: 'none',
          TRUST_PROXY: '1',
          AUTH_RATE_LIMIT_PER_MIN: '5',
        }).start(),
      );
    }
    const [a, b] = await Promise.all(nodes.map((n) => n.ready()));
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await fetch(`${i % 2 ? b : a}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.77' },
        body: JSON.stringify({ email: `coba${i}@example.test`, password: 'tebak-tebakan' }),
      });
      statuses.push(res.status);
      if (res.status === 429) expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
  });
});
