import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Advisory-lock key that serialises migrations and seeding across nodes starting together. */
export const MIGRATION_LOCK_KEY = 7_217_020_2020;

export type Seeder = (db: DataSource, log: Logger) => Promise<void>;

/**
 * Migrate (and seed) under a session-level advisory lock: the first node does the work, the others wait
 * on the lock, then find nothing pending. A crash releases the lock with the connection.
 */
export async function prepareDatabase(
  db: DataSource,
  seeder?: Seeder,
  opts: { embedded?: boolean } = {},
): Promise<void> {
  const log = new Logger('Database');
  if (opts.embedded) {
    // One process owns an embedded database (pid lock in DATA_DIR) and its pool has one connection,
    // so there is nobody to lock against — and a lock connection would starve the migrations.
    await migrateAndSeed(db, log, seeder);
    return;
  }
  const lock = db.createQueryRunner();
  await lock.connect();
  const waitStarted = Date.now();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const waited = Date.now() - waitStarted;
    if (waited > 200) log.log({ waitedMs: waited }, 'another node held the migration lock; continuing');
    await migrateAndSeed(db, log, seeder);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.release();
  }
}

async function migrateAndSeed(db: DataSource, log: Logger, seeder?: Seeder): Promise<void> {
  const ran = await db.runMigrations({ transaction: 'each' });
  if (ran.length) log.log({ migrations: ran.map((m) => m.name) }, 'migrations applied');
  if (seeder) await seeder(db, log);
}
