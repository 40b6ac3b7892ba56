/**
 * `npm run backup -- <file>` and `npm run restore -- <file> [--force]` (scripts/backup.mjs runs this).
 * The engine is the server's: DATABASE_URL → PostgreSQL (pg_dump/pg_restore), unset → the embedded PGlite
 * under DATA_DIR/pgdata (its data-directory dump; the server must be stopped). See docs/operations.md.
 */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError, parseEnv } from '../../config/env.schema';
import { dumpPglite, restorePglite } from './pglite-archive';
import { BackupError, dumpPostgres, restorePostgres } from './postgres-archive';

const USAGE = 'usage: backup <file> | restore <file> [--force]';

type Engine = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

function engineOf(env: NodeJS.ProcessEnv): Engine {
  const parsed = parseEnv(env);
  return parsed.DATABASE_URL
    ? { kind: 'postgres', url: parsed.DATABASE_URL }
    : { kind: 'pglite', dataDir: join(resolve(parsed.DATA_DIR), 'pgdata') };
}

/** Which engine wrote an archive, by its first bytes: pg_dump's custom format or PGlite's gzipped tarball. */
function archiveKind(file: string): Engine['kind'] | null {
  const head = Buffer.alloc(5);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') === 'PGDMP') return 'postgres';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  return null;
}

const where = (e: Engine) => (e.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${e.dataDir}`);

async function backup(engine: Engine, file: string): Promise<void> {
  if (engine.kind === 'postgres') await dumpPostgres(engine.url, file);
  else await dumpPglite(engine.dataDir, file);
  console.log(`backed up ${where(engine)} to ${file}`);
}

async function restore(engine: Engine, file: string, force: boolean): Promise<void> {
  if (!existsSync(file)) throw new BackupError(`no such file: ${file}`);
  const kind = archiveKind(file);
  if (kind !== engine.kind) {
    throw new BackupError(
      kind
        ? `${file} is a ${kind === 'postgres' ? 'PostgreSQL' : 'PGlite'} backup but the target is ${where(engine)}`
        : `${file} is not a Pameran backup (neither a pg_dump archive nor a PGlite data dump)`,
    );
  }
  if (engine.kind === 'postgres') {
    await restorePostgres(engine.url, file, force);
  } else {
    const aside = await restorePglite(engine.dataDir, file, force);
    if (aside) console.log(`the database that was there is kept in ${aside}`);
  }
  console.log(`restored ${file} into ${where(engine)}; start the server on it`);
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [command, file, ...rest] = argv;
  const force = rest.includes('--force');
  const unknown = rest.filter((a) => a !== '--force');
  if (
    !file ||
    unknown.length ||
    (command !== 'backup' && command !== 'restore') ||
    (force && command === 'backup')
  ) {
    console.error(USAGE);
    return 2;
  }
  try {
    const engine = engineOf(env);
    if (command === 'backup') await backup(engine, resolve(file));
    else await restore(engine, resolve(file), force);
    return 0;
  } catch (err) {
    if (err instanceof BackupError || err instanceof ConfigError) {
      console.error(`${command} failed: ${err.message}`);
      return 1;
    }
    throw err;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
