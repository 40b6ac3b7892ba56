#!/usr/bin/env node
// Live-hall load: N simulated visitors (socket.io-client, this one process, loopback) walk the demo hall,
// sending `move` at 2 Hz; one in ten enters and leaves booths. Runs the real server, then the bare
// socket.io baseline (bench/bare-hall-server.mjs) with the same walkers, and prints both and the ratios.
// Usage: node bench/hall-load.mjs [--visitors 2000] [--seconds 20]   (BENCH_PG_URL: an empty PostgreSQL db)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { root, startServer, stopServer } from './lib.mjs';

const arg = (name, fallback) => Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) || fallback;
const VISITORS = arg('visitors', 2000);
const SECONDS = arg('seconds', 20);
const MOVE_HZ = 2;
const HALL = { minX: -120, maxX: 120, minZ: 4, maxZ: 210 };

const pct = (xs, p) => (xs.length ? xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] : NaN);
const cpuTicks = (pid) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(f[11]) + Number(f[12]); // utime + stime, in clock ticks (100/s)
};
const rssKb = (pid) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]);

async function tokensFor(url, n) {
  const out = [];
  for (let i = 0; i < n; i += 50) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(50, n - i) }, (_, k) =>
        fetch(`${url}/api/auth/guest`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ displayName: `Pengunjung ${i + k}` }),
        }).then((r) => r.json()),
      ),
    );
    out.push(...batch.map((b) => b.accessToken));
  }
  return out;
}

const nodeMetrics = async (url) => (await fetch(`${url}/api/health/node`)).json();
const gc = async (url) => {
  // Settle the heap before reading it: a few quiet seconds let V8 collect what start-up left behind.
  await new Promise((r) => setTimeout(r, 3000));
  return (await nodeMetrics(url)).heapUsedBytes;
};

async function run(label, url, pid, { tokens, booths }) {
  const measured = Boolean(tokens);
  const heapBefore = measured ? await gc(url) : 0;
  const sent = new Map();
  const moveLatency = [];
  const connectMs = [];
  let delivered = 0;
  const rssBefore = rssKb(pid);
  const clients = [];
  for (let i = 0; i < VISITORS; i++) {
    const started = performance.now();
    const socket = io(`${url}/hall`, {
      transports: ['websocket'],
      auth: { token: tokens?.[i] ?? 'x', event: 'opop-2020' },
      reconnection: false,
    });
    const c = {
      socket,
      x: HALL.minX + Math.random() * (HALL.maxX - HALL.minX),
      z: HALL.minZ + Math.random() * (HALL.maxZ - HALL.minZ),
    };
    socket.on('peers', (p) => {
      delivered++;
      const now = performance.now();
      for (const u of p.update) {
        const t = sent.get(`${u.id}|${u.x}`);
        if (t !== undefined) moveLatency.push(now - t);
      }
    });
    clients.push(c);
    await new Promise((resolve, reject) => {
      socket.once('connect', () => (connectMs.push(performance.now() - started), resolve()));
      socket.once('connect_error', reject);
    });
  }
  await new Promise((r) => setTimeout(r, 1000));
  const rssPerConnection = ((rssKb(pid) - rssBefore) * 1024) / VISITORS;
  const heapPerConnection = measured ? ((await gc(url)) - heapBefore) / VISITORS : NaN;
  if (measured) await nodeMetrics(url); // resets the event-loop histogram
  const cpu0 = cpuTicks(pid);
  const t0 = performance.now();
  let seq = 0;
  const timers = clients.map((c, i) =>
    setTimeout(
      () => {
        c.timer = setInterval(() => {
          c.x = Math.max(HALL.minX, Math.min(HALL.maxX, c.x + (Math.random() - 0.5) * 2));
          c.z = Math.max(HALL.minZ, Math.min(HALL.maxZ, c.z + (Math.random() - 0.5) * 2));
          const x = Math.round(c.x * 1e4) / 1e4 + (++seq % 97) * 1e-7;
          sent.set(`${c.socket.id}|${x}`, performance.now());
          c.socket.volatile.emit('move', { x, z: c.z, ry: 0 });
          if (booths && i % 10 === 0 && Math.random() < 0.05) {
            const b = booths[Math.floor(Math.random() * booths.length)];
            c.socket.emit('booth:enter', { boothId: b }, () => undefined);
          }
        }, 1000 / MOVE_HZ);
      },
      Math.random() * (1000 / MOVE_HZ),
    ),
  );
  delivered = 0;
  moveLatency.length = 0;
  await new Promise((r) => setTimeout(r, SECONDS * 1000));
  const wall = (performance.now() - t0) / 1000;
  const cpu = (cpuTicks(pid) - cpu0) / 100 / wall;
  const loop = measured ? (await nodeMetrics(url)).eventLoopDelayMs : null;
  timers.forEach(clearTimeout);
  clients.forEach((c) => (clearInterval(c.timer), c.socket.close()));
  moveLatency.sort((a, b) => a - b);
  connectMs.sort((a, b) => a - b);
  const result = {
    label,
    connectP50: pct(connectMs, 50),
    connectP99: pct(connectMs, 99),
    moveP50: pct(moveLatency, 50),
    moveP95: pct(moveLatency, 95),
    moveP99: pct(moveLatency, 99),
    deliveredPerS: delivered / wall,
    movesPerS: VISITORS * MOVE_HZ,
    cpuCores: cpu,
    rssPerConnection,
    heapPerConnection,
    loop,
  };
  const f = (n) => n.toFixed(1);
  console.log(
    `${label.padEnd(10)} connect p50 ${f(result.connectP50)} / p99 ${f(result.connectP99)} ms | move→observer p50 ${f(result.moveP50)} / p95 ${f(result.moveP95)} / p99 ${f(result.moveP99)} ms | ` +
      `${Math.round(result.deliveredPerS)} peers msgs/s delivered | server CPU ${f(result.cpuCores * 100)} % of a core | RSS ${(result.rssPerConnection / 1024).toFixed(1)} KB/connection` +
      (measured
        ? ` | heap ${(result.heapPerConnection / 1024).toFixed(1)} KB/connection | event-loop delay p99 ${f(loop.p99)} ms, max ${f(loop.max)} ms`
        : ''),
  );
  return result;
}

console.log(
  `${VISITORS} visitors, ${MOVE_HZ} moves/s each, ${SECONDS} s measured, one load process on this machine`,
);
const dir = mkdtempSync(join(tmpdir(), 'pameran-hall-bench-'));
const server = await startServer(
  {
    DATA_DIR: dir,
    SEED: 'opop-2020',
    AUTH_RATE_LIMIT_PER_MIN: '1000000',
    ...(process.env.BENCH_PG_URL && { DATABASE_URL: process.env.BENCH_PG_URL }),
  },
  { nodeArgs: ['--expose-gc'] },
);
let ours;
try {
  const booths = (
    await (await fetch(`${server.url}/api/events/opop-2020/booths?limit=1000`)).json()
  ).items.map((b) => b.id);
  const tokens = await tokensFor(server.url, VISITORS);
  ours = await run('pameran', server.url, server.proc.pid, { tokens, booths });
} finally {
  await stopServer(server);
  rmSync(dir, { recursive: true, force: true });
}
const bare = spawn(process.execPath, [join(root, 'bench/bare-hall-server.mjs')], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const bareUrl = await new Promise((resolve) =>
  bare.stdout.on('data', (d) => resolve(String(d).match(/at (\S+)/)[1])),
);
const baseline = await run('bare', bareUrl, bare.pid, {});
bare.kill();
const perMsg = (r) => r.cpuCores / r.deliveredPerS;
console.log(
  `ratios (pameran / bare): CPU ${(ours.cpuCores / baseline.cpuCores).toFixed(2)}×, CPU per delivered message ${(perMsg(ours) / perMsg(baseline)).toFixed(2)}×, ` +
    `delivered msgs ${(ours.deliveredPerS / baseline.deliveredPerS).toFixed(2)}×, move p99 ${(ours.moveP99 / baseline.moveP99).toFixed(2)}×`,
);
process.exit(0);
