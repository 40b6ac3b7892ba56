import { PGlite, type Extensions } from '@electric-sql/pglite';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { acquireDirLock, dataDirLockFile, EMBEDDED_EXTENSIONS } from '../embedded/embedded-postgres';
import { BackupError } from './postgres-archive';

async function extensions(): Promise<Extensions> {
  const loaded: Extensions = {};
  for (const name of EMBEDDED_EXTENSIONS) {
    const mod = (await import(`@electric-sql/pglite/contrib/${name}`)) as Record<string, Extensions[string]>;
    loaded[name] = mod[name];
  }
  return loaded;
}

/**
 * Runs `work` holding the data directory's pid lock, the same one the server takes: a backup or restore
 * refuses while a server uses the directory, and no server starts while it runs.
 */
async function whileLocked<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  let lock: string;
  mkdirSync(dirname(dataDir), { recursive: true });
  try {
    lock = acquireDirLock(dataDirLockFile(dataDir));
  } catch (err) {
    throw new BackupError(`${(err as Error).message} (stop the server first)`);
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { force: true });
  }
}

const isEmptyDir = (dir: string) => !existsSync(dir) || readdirSync(dir).length === 0;

/** PGlite's own dump of its data directory (a gzipped tarball), taken with the server stopped. */
export function dumpPglite(dataDir: string, file: string): Promise<void> {
  if (isEmptyDir(dataDir)) throw new BackupError(`there is no embedded database in ${dataDir}`);
  return whileLocked(dataDir, async () => {
    const db = await PGlite.create({ dataDir, extensions: await extensions() });
    try {
      const tarball = await db.dumpDataDir('gzip');
      writeFileSync(file, Buffer.from(await tarball.arrayBuffer()));
    } finally {
      await db.close();
    }
  });
}

/**
 * Loads a data-directory dump into an empty `dataDir`. With `force` a non-empty one is moved aside to
 * `<dataDir>.replaced-<time>` (not deleted: the operator removes it once the restored fair looks right).
 * Returns the folder moved aside, if any.
 */
export function restorePglite(dataDir: string, file: string, force: boolean): Promise<string | null> {
  return whileLocked(dataDir, async () => {
    let movedAside: string | null = null;
    if (!isEmptyDir(dataDir)) {
      if (!force) {
        throw new BackupError(
          `${dataDir} already holds a database: restore into an empty DATA_DIR, or add --force to move it aside`,
        );
      }
      movedAside = `${dataDir}.replaced-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      renameSync(dataDir, movedAside);
    }
    const loadDataDir = new Blob([readFileSync(file)]);
    const db = await PGlite.create({ dataDir, loadDataDir, extensions: await extensions() });
    try {
      await db.query('SELECT count(*) FROM migrations'); // opens, and is Pameran's
    } finally {
      await db.close();
    }
    return movedAside;
  });
}
