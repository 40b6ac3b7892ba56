import { Client } from 'pg';

/** Connections left for migrations run by hand, psql, backups and monitoring. */
export const POOL_RESERVE = 10;

/** Each worker's share of `total`, at least one; refuses a total too small for one each. */
export function poolPerWorker(total: number, workers: number): number {
  if (total < workers)
    throw new Error(
      `Invalid configuration: ${total} database connections cannot be shared by ${workers} workers (raise max_connections or DB_POOL_TOTAL, or lower WORKERS)`,
    );
  return Math.floor(total / workers);
}

/** What the database allows this machine: max_connections less the superuser slots and POOL_RESERVE. */
export async function connectionBudget(url: string): Promise<number> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const setting = async (name: string) =>
      Number(
        (await client.query<{ setting: string }>(`SELECT setting FROM pg_settings WHERE name = $1`, [name]))
          .rows[0]?.setting ?? 0,
      );
    const max = await setting('max_connections');
    const superuser = await setting('superuser_reserved_connections');
    return max - superuser - POOL_RESERVE;
  } finally {
    await client.end();
  }
}
