import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import type { Env } from '../config/env.schema';
import { connectionBudget, poolPerWorker } from './pool-size';

/** What a worker tells the primary once it listens (main.ts). */
export interface WorkerReady {
  type: 'pameran:ready';
  url: string;
}
const isReady = (m: unknown): m is WorkerReady => (m as WorkerReady | null)?.type === 'pameran:ready';

/** A worker that dies this soon after starting is crashing on start: wait longer before the next. */
const CRASH_WINDOW_MS = 10_000;
const MAX_RESTART_DELAY_MS = 30_000;

const log = (message: string) => console.log(`[primary ${process.pid}] ${message}`);

/**
 * WORKERS=auto|N: the primary of node's cluster (docs/decisions/0017-workers-and-drain.md). Workers share
 * the listening port (the primary hands out connections round-robin) and talk through Redis like separate
 * nodes: the hall's Socket.IO Redis adapter, presence in Redis, timed effects claimed in Postgres. The
 * primary runs no Nest and serves nothing itself; it sizes the database pools, replaces a worker that
 * dies and, on SIGTERM, lets every worker drain before it exits.
 */
export async function runPrimary(env: Env): Promise<void> {
  const count = env.WORKERS === 'auto' ? availableParallelism() : (env.WORKERS ?? 1);
  const total = env.DB_POOL_TOTAL ?? (await connectionBudget(env.DATABASE_URL!));
  const perWorker = poolPerWorker(total, count);
  log(
    `${count} workers, ${perWorker} database connections each (${perWorker * count} of ${total}, ${env.DB_POOL_TOTAL ? 'DB_POOL_TOTAL' : 'max_connections less the reserve'})`,
  );

  let stopping = false;
  const indexOf = new Map<Worker, number>();
  const failures = new Map<number, number>();
  const ready = new Set<number>();
  let announced = false;

  const fork = (index: number) => {
    const started = Date.now();
    const worker = cluster.fork({ DB_POOL_SIZE: String(perWorker), PAMERAN_WORKER_INDEX: String(index) });
    indexOf.set(worker, index);
    worker.on('message', (message: unknown) => {
      if (!isReady(message)) return;
      failures.set(index, 0);
      ready.add(index);
      if (!announced && ready.size === count) {
        announced = true;
        console.log(`\nPameran is running at ${message.url}  (${count} workers)\n`);
      }
    });
    worker.on('exit', (code, signal) => {
      indexOf.delete(worker);
      ready.delete(index);
      if (stopping) return;
      const crashes = Date.now() - started < CRASH_WINDOW_MS ? (failures.get(index) ?? 0) + 1 : 0;
      failures.set(index, crashes);
      const delay = Math.min(MAX_RESTART_DELAY_MS, 1000 * 2 ** crashes);
      log(`worker ${index} (pid ${worker.process.pid}) exited (${signal ?? code}); a new one in ${delay} ms`);
      setTimeout(() => !stopping && fork(index), delay);
    });
  };
  for (let i = 0; i < count; i++) fork(i);

  // The metrics admin port is the primary's: one scrape sums every worker's figures (prom-client's
  // AggregatorRegistry asks the workers over this same IPC channel; docs/decisions/0016-metrics-endpoint.md).
  if (env.METRICS_PORT !== undefined) {
    const { serveClusterMetrics } = await import('../modules/metrics/cluster-metrics');
    const server = await serveClusterMetrics(env.METRICS_PORT, env.METRICS_HOST);
    server.unref();
    log(`metrics of all workers on http://${env.METRICS_HOST}:${env.METRICS_PORT}/metrics`);
  }

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: draining ${indexOf.size} workers`);
    for (const worker of indexOf.keys()) worker.process.kill('SIGTERM');
    // Each worker bounds its own drain (DRAIN_SECONDS); this bounds the primary if one hangs anyway.
    const force = setTimeout(
      () => {
        for (const worker of indexOf.keys()) worker.process.kill('SIGKILL');
        process.exit(1);
      },
      (env.DRAIN_SECONDS + 20) * 1000,
    );
    force.unref();
    const exitWhenAllGone = () => indexOf.size === 0 && process.exit(0);
    cluster.on('exit', exitWhenAllGone);
    exitWhenAllGone();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
