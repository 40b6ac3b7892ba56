import { Logger } from '@nestjs/common';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Embedded PostgreSQL: PGlite (Postgres compiled to WASM) in a worker thread, served over the
 * Postgres wire protocol on 127.0.0.1 by pglite-socket, so the main thread uses the ordinary `pg`
 * driver and PGlite's WASM never blocks the event loop. See docs/decisions/0001-embedded-database.md.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { PGlite } = require(workerData.pglite);
const { PGLiteSocketServer } = require(workerData.socket);
(async () => {
  const extensions = {};
  for (const [name, path] of Object.entries(workerData.contrib)) extensions[name] = require(path)[name];
  const db = await PGlite.create({ dataDir: workerData.dataDir, extensions });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: workerData.maxConnections });
  await server.start();
  parentPort.postMessage({ type: 'ready', conn: server.getServerConn() });
  parentPort.on('message', async (msg) => {
    if (msg !== 'stop') return;
    try { await server.stop(); await db.close(); } finally { parentPort.postMessage({ type: 'stopped' }); }
  });
})().catch((err) => parentPort.postMessage({ type: 'error', message: String(err && err.stack || err) }));
`;

export const EMBEDDED_MAX_CONNECTIONS = 10;

/** The contrib extensions the migrations create; PGlite must load them to open a database that uses them. */
export const EMBEDDED_EXTENSIONS = ['uuid_ossp', 'btree_gist', 'pg_trgm'] as const;

/** The pid file guarding an embedded data directory (next to it, in DATA_DIR). */
export const dataDirLockFile = (dataDir: string): string => join(dataDir, '..', 'pglite.pid');

export class EmbeddedPostgres {
  private readonly logger = new Logger('EmbeddedPostgres');
  private worker?: Worker;
  private lockFile?: string;
  url?: string;

  /** `dataDir` undefined → in memory (tests). */
  constructor(private readonly dataDir: string | undefined) {}

  async start(): Promise<string> {
    const started = Date.now();
    if (this.dataDir) {
      mkdirSync(this.dataDir, { recursive: true });
      this.lockFile = acquireDirLock(dataDirLockFile(this.dataDir));
    }
    const contrib = Object.fromEntries(
      EMBEDDED_EXTENSIONS.map((n) => [n, require.resolve(`@electric-sql/pglite/contrib/${n}`)]),
    );
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        pglite: require.resolve('@electric-sql/pglite'),
        socket: require.resolve('@electric-sql/pglite-socket'),
        contrib,
        dataDir: this.dataDir,
        maxConnections: EMBEDDED_MAX_CONNECTIONS,
      },
    });
    const conn = await new Promise<string>((resolve, reject) => {
      this.worker!.once('error', reject);
      this.worker!.on('message', (msg: { type: string; conn?: string; message?: string }) => {
        if (msg.type === 'ready') resolve(msg.conn!);
        if (msg.type === 'error') reject(new Error(`Embedded database failed to start: ${msg.message}`));
      });
    });
    this.worker.unref();
    this.url = `postgres://postgres:postgres@${conn}/postgres`;
    this.logger.log({ dataDir: this.dataDir ?? 'memory', ms: Date.now() - started }, 'embedded PGlite ready');
    return this.url;
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) {
      const stopped = new Promise<void>((resolve) => {
        worker.on('message', (m: { type: string }) => m.type === 'stopped' && resolve());
        worker.once('exit', () => resolve());
      });
      worker.postMessage('stop');
      await Promise.race([stopped, new Promise((r) => setTimeout(r, 5000))]);
      await worker.terminate();
    }
    if (this.lockFile) rmSync(this.lockFile, { force: true });
  }
}

/**
 * PGlite is single-process: refuse a second server (or a backup or restore while it runs) on the same
 * DATA_DIR instead of corrupting it. Returns the lock file; remove it to release.
 */
export function acquireDirLock(file: string): string {
  try {
    const fd = openSync(file, 'wx');
    writeFileSync(fd, String(process.pid));
    closeSync(fd);
    return file;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const pid = Number(readFileSync(file, 'utf8'));
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `The embedded database in ${file.replace(/pglite\.pid$/, '')} is in use by process ${pid}; ` +
          'stop it, or set DATABASE_URL to run several nodes on PostgreSQL',
        { cause: err },
      );
    }
    rmSync(file, { force: true });
    return acquireDirLock(file);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
