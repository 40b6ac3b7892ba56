#!/usr/bin/env node
// Live-hall load: N simulated visitors (socket.io-client in --workers child processes, loopback) walk the
// demo hall, sending `move` at 2 Hz; one in ten enters booths now and then. Runs the real server, then the
// bare socket.io baseline (bench/bare-hall-server.mjs) with the same walkers, and prints both and the ratios.
// Usage: node bench/hall-load.mjs [--visitors 2000] [--seconds 20] [--workers 2] [--only pameran|bare]
//        (BENCH_PG_URL: an empty PostgreSQL db; METRICS_PORT: the node's /metrics port during the run;
//        BENCH_CPU_PROF: a directory for the server's CPU profile)
import { spawn } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import {
  countOf,
  countPeersFrame,
  cpuTicks,
  guestTokens,
  HALL_FLOOR,
  loadAverage,
  newHistogram,
  nodeHealth,
  percentile,
  pin,
  readStamp,
  record,
  root,
  rssKb,
  sparseHistogram,
  stamp,
  startServer,
  startWalkers,
  stopServer,
} from './lib.mjs';
import { newProbeStats, splitBooths, startProbes } from './hall-probes.mjs';
import { printSweep } from './hall-sweep.mjs';

const MOVE_HZ = 2;
/** Booths kept for the occupancy/chat probes (two walkers each). */
const PROBE_BOOTHS = 20;
/** packages/contracts PEER_NEAR_M: peers this close are sent every window. */
const NEAR_M = 8;

// ---- worker: a share of the visitors, driven by the parent over IPC ----
async function worker() {
  const clients = [];
  let stats;
  let booths;
  let probeBooths = [];
  const reset = () =>
    (stats = {
      same: newHistogram(),
      cross: newHistogram(),
      near: newHistogram(),
      messages: 0,
      updates: 0,
      enters: 0,
      ...newProbeStats(),
    });
  reset();
  const clamp = (v, lo, hi) => Math.max(lo + 0.01, Math.min(hi - 0.01, v));
  process.on('message', async (msg) => {
    if (msg.cmd === 'connect') {
      booths = msg.booths;
      probeBooths = msg.probeBooths ?? [];
      const connectMs = [];
      for (const v of msg.visitors) {
        const started = performance.now();
        const socket = io(`${v.url}/hall`, {
          transports: ['websocket'],
          auth: { token: v.token ?? 'x', event: 'opop-2020' },
          reconnection: false,
          forceNew: true,
        });
        const c = {
          socket,
          node: v.node,
          x: HALL_FLOOR.minX + Math.random() * (HALL_FLOOR.maxX - HALL_FLOOR.minX),
          z: HALL_FLOOR.minZ + Math.random() * (HALL_FLOOR.maxZ - HALL_FLOOR.minZ),
        };
        socket.on('peers', (frame) =>
          countPeersFrame(frame, stats, (t, x, z) => {
            const [ms, from] = readStamp(t);
            record(from === c.node ? stats.same : stats.cross, ms);
            // Peers within PEER_NEAR_M are sent every window; farther ones every FAR_EVERY-th by design.
            if (x !== undefined && Math.hypot(x / 100 - c.x, z / 100 - c.z) <= NEAR_M) record(stats.near, ms);
          }),
        );
        clients.push(c);
        await new Promise((resolve, reject) => {
          socket.once('connect', () => (connectMs.push(performance.now() - started), resolve()));
          socket.once('connect_error', reject);
        });
      }
      process.send({ connectMs });
    } else if (msg.cmd === 'walk') {
      const stopProbes = startProbes(clients, probeBooths, () => stats);
      const timers = clients.map((c, i) =>
        setTimeout(
          () => {
            c.timer = setInterval(() => {
              c.x = clamp(c.x + (Math.random() - 0.5) * 2, HALL_FLOOR.minX, HALL_FLOOR.maxX);
              c.z = clamp(c.z + (Math.random() - 0.5) * 2, HALL_FLOOR.minZ, HALL_FLOOR.maxZ);
              c.socket.volatile.emit('move', { x: c.x, z: c.z, ry: 0, t: stamp(c.node) });
              if (booths && !c.probe && i % 10 === 0 && Math.random() < 0.05) {
                const b = booths[Math.floor(Math.random() * booths.length)];
                c.socket.emit('booth:enter', { boothId: b }, () => undefined);
              }
            }, 1000 / MOVE_HZ);
          },
          Math.random() * (1000 / MOVE_HZ),
        ),
      );
      // The first second warms up (everyone learns who is around); then measure.
      await new Promise((r) => setTimeout(r, 1000));
      reset();
      // The generator's own load: if its loop lags, latencies include time spent queued here.
      const loop = monitorEventLoopDelay({ resolution: 10 });
      loop.enable();
      const cpu0 = process.cpuUsage();
      await new Promise((r) => setTimeout(r, msg.seconds * 1000));
      loop.disable();
      const used = process.cpuUsage(cpu0);
      stats.cpu = (used.user + used.system) / 1e6 / msg.seconds;
      stats.loopP99 = loop.percentile(99) / 1e6;
      timers.forEach(clearTimeout);
      clients.forEach((c) => clearInterval(c.timer));
      stopProbes();
      process.send({
        ...stats,
        same: sparseHistogram(stats.same),
        cross: sparseHistogram(stats.cross),
        near: sparseHistogram(stats.near),
        occupancy: sparseHistogram(stats.occupancy),
        chat: sparseHistogram(stats.chat),
      });
    } else if (msg.cmd === 'close') {
      clients.forEach((c) => c.socket.close());
      process.send({});
      setTimeout(() => process.exit(0), 50);
    }
  });
}

// ---- parent ----
/** `seconds`: the event-loop figures cover that many last seconds (the node keeps a minute). */
const nodeMetrics = (url, seconds = 60) => nodeHealth(url, seconds);

/** One measured run against the servers at `urls` (processes `pids`). */
export async function measure(
  label,
  { urls, pids, tokens, booths, visitors, seconds, workers, metrics, pinned = false },
) {
  // Pinned (one server process): the server on core 0, the load generator on core 1.
  if (pinned) pids.forEach((pid) => pin(pid, 0));
  const { walkerBooths, probeBooths } = splitBooths(booths, PROBE_BOOTHS);
  const heapBefore = metrics
    ? (await new Promise((r) => setTimeout(r, 3000)), (await nodeMetrics(urls[0])).heapUsedBytes)
    : 0;
  const rssBefore = rssKb(pids[0]);
  const walkers = await startWalkers({
    urls,
    tokens,
    booths: walkerBooths,
    probeBooths,
    visitors,
    workers,
    cpus: pinned ? 1 : undefined,
  });
  await new Promise((r) => setTimeout(r, 1000));
  const perConn = urls.length === 1 ? visitors : NaN;
  const rssPerConnection = ((rssKb(pids[0]) - rssBefore) * 1024) / perConn;
  const heapPerConnection = metrics
    ? (await new Promise((r) => setTimeout(r, 3000)),
      ((await nodeMetrics(urls[0])).heapUsedBytes - heapBefore) / perConn)
    : NaN;
  const cpu0 = pids.map(cpuTicks);
  const t0 = performance.now();
  const load0 = loadAverage();
  const s = await walkers.walk(seconds);
  const wall = (performance.now() - t0) / 1000 - 1; // minus the warm-up second the workers skip
  const cpu = pids.map((p, i) => (cpuTicks(p) - cpu0[i]) / 100 / (wall + 1));
  const loops = metrics ? await Promise.all(urls.map((u) => nodeMetrics(u, wall + 1))) : [];
  await walkers.close();
  const c = walkers.connectMs;
  const r = {
    label,
    load: load0,
    connectP50: c[Math.floor(c.length / 2)],
    connectP99: c[Math.floor(c.length * 0.99)],
    p50: percentile(s.all, 50),
    p95: percentile(s.all, 95),
    p99: percentile(s.all, 99),
    sameP50: percentile(s.same, 50),
    sameP99: percentile(s.same, 99),
    crossP50: percentile(s.cross, 50),
    crossP99: percentile(s.cross, 99),
    crossCount: countOf(s.cross),
    nearP50: percentile(s.near, 50),
    nearP99: percentile(s.near, 99),
    occupancyP50: percentile(s.occupancy, 50),
    occupancyP99: percentile(s.occupancy, 99),
    occupancyCount: countOf(s.occupancy),
    chatP50: percentile(s.chat, 50),
    chatP99: percentile(s.chat, 99),
    chatCount: countOf(s.chat),
    chatsSent: s.chats,
    probeMissed: s.probeMissed,
    messagesPerS: s.messages / wall,
    updatesPerS: s.updates / wall,
    entersPerS: s.enters / wall,
    cpu: cpu.reduce((a, b) => a + b, 0),
    cpuEach: cpu,
    generatorCpu: s.generatorCpu,
    generatorLoopP99: s.generatorLoopP99,
    rssPerConnection,
    heapPerConnection,
    loopP99: loops.map((l) => l.eventLoopDelayMs.p99),
    loopMax: loops.map((l) => l.eventLoopDelayMs.max),
  };
  // Server CPU-seconds spent per 1,000 position updates delivered to observers.
  r.cpuSecondsPer1000Updates = (r.cpu / r.updatesPerS) * 1000;
  const f = (n) => (Number.isFinite(n) ? n.toFixed(1) : '—');
  console.log(
    `${label.padEnd(12)} load ${r.load} | connect p50 ${f(r.connectP50)} / p99 ${f(r.connectP99)} ms | move→observer p50 ${f(r.p50)} / p95 ${f(r.p95)} / p99 ${f(r.p99)} ms` +
      (r.crossCount
        ? ` (same node p50 ${f(r.sameP50)} / p99 ${f(r.sameP99)}, cross node p50 ${f(r.crossP50)} / p99 ${f(r.crossP99)})`
        : '') +
      ` | near peers (≤ ${NEAR_M} m) p50 ${f(r.nearP50)} / p99 ${f(r.nearP99)} ms` +
      ` | occupancy p50 ${f(r.occupancyP50)} / p99 ${f(r.occupancyP99)} ms (${r.occupancyCount} seen, ${r.probeMissed} missed)` +
      ` | chat p50 ${f(r.chatP50)} / p99 ${f(r.chatP99)} ms (${r.chatCount}/${r.chatsSent})` +
      ` | ${r.cpuSecondsPer1000Updates.toFixed(3)} CPU-s per 1,000 updates` +
      ` | ${Math.round(r.messagesPerS)} peers msgs/s, ${Math.round(r.updatesPerS)} updates/s, ${Math.round(r.entersPerS)} enters/s | server CPU ${r.cpuEach.map((x) => f(x * 100)).join(' + ')} % of a core` +
      ` | generator CPU ${r.generatorCpu.map((x) => f(x * 100)).join(' + ')} %, loop p99 ${r.generatorLoopP99.map(f).join(', ')} ms` +
      ` | RSS ${f(r.rssPerConnection / 1024)} KB/conn` +
      (metrics
        ? ` | heap ${f(r.heapPerConnection / 1024)} KB/conn | event-loop delay p99 ${r.loopP99.map(f).join(', ')} ms, max ${r.loopMax.map(f).join(', ')} ms`
        : ''),
  );
  return r;
}

/** Starts a seeded server (Redis when redisUrl is given); returns it with its booth ids. */
export async function startHall({ redisUrl, dataDir, databaseUrl } = {}) {
  const server = await startServer(
    {
      DATA_DIR: dataDir,
      SEED: 'opop-2020',
      AUTH_RATE_LIMIT_PER_MIN: '1000000',
      HALL_SOCKETS_PER_USER: '100000',
      DEMO_LIVE: '1', // the hall is open now, so the walkers' booth:enter is accepted
      ...(databaseUrl && { DATABASE_URL: databaseUrl }),
      // Nothing is uploaded in a load run; several nodes must still say where pictures would go.
      ...(redisUrl && { REDIS_URL: redisUrl, UPLOAD_DIR_SHARED: '1' }),
      // METRICS_PORT set: the node serves GET /metrics there (loopback) for a Prometheus to watch the run.
      ...(process.env.METRICS_PORT && { METRICS_PORT: process.env.METRICS_PORT }),
    },
    // BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when it stops (see docs/decisions/0023).
    {
      nodeArgs: [
        '--expose-gc',
        ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
      ],
    },
  );
  return server;
}

export async function boothIds(url) {
  return (await (await fetch(`${url}/api/events/opop-2020/booths?limit=1000`)).json()).items.map((b) => b.id);
}

export function startBare() {
  const proc = spawn(process.execPath, [join(root, 'bench/bare-hall-server.mjs')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve) =>
    proc.stdout.once('data', (d) => resolve({ proc, url: String(d).match(/at (\S+)/)[1] })),
  );
}

async function main() {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  // --visitors 1000,2000,3000: a sweep; each size is run --runs times against one server (and one bare).
  const sizes = String(arg('visitors', 2000)).split(',').map(Number);
  const runs = Number(arg('runs', 1));
  const seconds = Number(arg('seconds', 20));
  const workers = Number(arg('workers', 2));
  const only = arg('only', null);
  // Pin the server to core 0 and the generator to core 1 (default on a 2-core box; --pin 0 turns it off).
  const pinned = arg('pin', String(cpus().length === 2 ? 1 : 0)) === '1';
  console.log(
    `${sizes.join(', ')} visitors × ${runs} run(s), ${MOVE_HZ} moves/s each, ${seconds} s measured, load generator in ${workers} processes` +
      `${pinned ? ' pinned to core 1 (server on core 0)' : ''}; load average ${loadAverage()}`,
  );
  const results = { pameran: [], bare: [] };
  const sweep = async (label, run) => {
    for (const visitors of sizes)
      for (let i = 0; i < runs; i++) results[label].push({ visitors, ...(await run(visitors)) });
  };
  const common = { seconds, workers, pinned };
  let booths;
  if (only !== 'bare') {
    const dir = mkdtempSync(join(tmpdir(), 'pameran-hall-bench-'));
    const server = await startHall({ dataDir: dir, databaseUrl: process.env.BENCH_PG_URL });
    try {
      booths = await boothIds(server.url);
      const tokens = await guestTokens(server.url, Math.max(...sizes));
      const [url, pid] = [server.url, server.proc.pid];
      await sweep('pameran', (visitors) =>
        measure('pameran', { ...common, visitors, urls: [url], pids: [pid], tokens, booths, metrics: true }),
      );
    } finally {
      await stopServer(server);
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (only !== 'pameran') {
    const bare = await startBare();
    // The bare server takes any booth id; the same ids keep both runs' probes and enters alike.
    booths ??= Array.from({ length: 500 }, (_, i) => `booth-${i}`);
    await sweep('bare', (visitors) =>
      measure('bare', { ...common, visitors, urls: [bare.url], pids: [bare.proc.pid], booths }),
    );
    bare.proc.kill();
  }
  printSweep(results);
  process.exit(0);
}

if (process.argv.includes('--worker')) void worker();
else if (import.meta.url === `file://${process.argv[1]}`) await main();
