import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * Real services started by scripts/test.sh. Each spec file gets its own empty PostgreSQL database,
 * dropped afterwards, so specs never see each other's rows.
 */
export function adminUrl(): string {
  const url = process.env.TEST_PG_ADMIN_URL;
  if (!url)
    throw new Error(
      'TEST_PG_ADMIN_URL is not set: run the tests through `npm test` (scripts/test.sh), which starts PostgreSQL',
    );
  return url;
}

export function redisUrl(): string {
  const url = process.env.TEST_REDIS_URL;
  if (!url)
    throw new Error(
      'TEST_REDIS_URL is not set: run the tests through `npm test` (scripts/test.sh), which starts Redis',
    );
  return url;
}

export async function createDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (process.env.NODE_ENV !== 'test')
    throw new Error('refusing to create/drop databases outside NODE_ENV=test');
  const name = `pameran_t_${randomBytes(5).toString('hex')}`;
  const admin = new Client(adminUrl());
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client(adminUrl());
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
