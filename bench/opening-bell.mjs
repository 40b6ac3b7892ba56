#!/usr/bin/env node
// The opening bell: N sockets connect to /hall as fast as this generator can open them (BATCH at a
// time), against Pameran and against bare socket.io (bench/bare-hall-server.mjs) in the same run. For
// each: total time, handshake p50/p99 (io() to `connect`, the join snapshot included for Pameran), and the
// heap per idle socket after a forced GC. Runs alternate between the two; figures are medians of the runs.
// Goals (issue 17): total ≤ 2× bare, p99 ≤ 200 ms, ≤ 10 KB heap per idle socket.
// Usage: node bench/opening-bell.mjs [--sockets 10000] [--runs 3] [--people 500] [--batch 500]
//        [--profile DIR] (Pameran's CPU profile, .cpuprofile in DIR, written when it stops; prints the top
//        functions by self time)
// (needs `npm run build -w server`; Pameran runs one node on embedded PGlite with the demo fair).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import {
  guestTokens,
  loadAverage,
  nodeHealth,
  printTopSelfTime,
  root,
  startServer,
  stopServer,
} from './lib.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const N = arg('sockets', 10_000);
const RUNS = arg('runs', 3);
const PEOPLE = arg('people', 500);
const BATCH = arg('batch', 500);
const profileAt = process.argv.indexOf('--profile');
const PROFILE = profileAt > 0 ? process.argv[profileAt + 1] : undefined;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Opens N sockets, BATCH at a time; auth(i) is the i-th socket's handshake auth. */
async function storm(url, auth) {
  const sockets = [];
  const times = [];
  let errors = 0;
  const started = performance.now();
  for (let i = 0; i < N; i += BATCH) {
    await Promise.all(
      Array.from({ length: Math.min(BATCH, N - i) }, (_, k) => {
        const t0 = performance.now();
        const s = io(`${url}/hall`, {
          transports: ['websocket'],
          auth: auth(i + k),
          reconnection: false,
          forceNew: true,
        });
        sockets.push(s);
        return new Promise((resolve) => {
          s.once('connect', () => resolve(times.push(performance.now() - t0)));
          s.once('connect_error', () => resolve(errors++));
        });
      }),
    );
  }
  const total = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return { sockets, total, p50: pct(times, 50), p99: pct(times, 99), errors };
}

async function until(done, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (!(await done()) && Date.now() < deadline) await sleep(200);
}

/** One target: start(), heap() → {heapUsedBytes, connections}, stop(). */
async function measure(target, auth) {
  await until(async () => (await target.heap()).connections === 0);
  await sleep(1000);
  const before = (await target.heap()).heapUsedBytes;
  const r = await storm(target.url, auth);
  await sleep(3000);
  const after = await target.heap();
  r.sockets.forEach((s) => s.close());
  return { ...r, kbPerSocket: (after.heapUsedBytes - before) / Math.max(1, after.connections) / 1024 };
}

const dir = mkdtempSync(join(tmpdir(), 'pameran-bell-'));
const pameran = await startServer(
  { DATA_DIR: dir, SEED: 'opop-2020', AUTH_RATE_LIMIT_PER_MIN: '1000000', HALL_SOCKETS_PER_USER: '100000' },
  { nodeArgs: ['--expose-gc', ...(PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE}`] : [])] },
);
const bareProc = spawn(process.execPath, ['--expose-gc', join(root, 'bench/bare-hall-server.mjs')], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const bareUrl = await new Promise((r) =>
  bareProc.stdout.once('data', (d) => r(String(d).match(/at (\S+)/)[1])),
);
const targets = {
  pameran: {
    url: pameran.url,
    heap: async () => {
      const h = await nodeHealth(pameran.url);
      return { heapUsedBytes: h.heapUsedBytes, connections: h.connections };
    },
  },
  bare: { url: bareUrl, heap: async () => (await fetch(`${bareUrl}/heap`)).json() },
};
try {
  // Distinct guests (what the entry page creates), each holding N / PEOPLE sockets.
  const tokens = await guestTokens(pameran.url, PEOPLE);
  const auths = {
    pameran: (i) => ({ token: tokens[i % tokens.length], event: 'opop-2020' }),
    bare: () => ({}),
  };
  console.log(`${N} sockets, ${BATCH} at a time, ${RUNS} runs; load average ${loadAverage()}`);
  const results = { pameran: [], bare: [] };
  for (let run = 1; run <= RUNS; run++)
    for (const name of ['bare', 'pameran']) {
      const r = await measure(targets[name], auths[name]);
      results[name].push(r);
      console.log(
        `run ${run} ${name.padEnd(7)} total ${r.total.toFixed(2)} s, handshake p50 ${r.p50.toFixed(0)} ms ` +
          `p99 ${r.p99.toFixed(0)} ms, ${r.kbPerSocket.toFixed(1)} KB/socket, errors ${r.errors} | load ${loadAverage()}`,
      );
    }
  const m = (name, key) => median(results[name].map((r) => r[key]));
  console.log(`\nmedians of ${RUNS}:`);
  for (const name of ['bare', 'pameran'])
    console.log(
      `${name.padEnd(7)} total ${m(name, 'total').toFixed(2)} s, p50 ${m(name, 'p50').toFixed(0)} ms, ` +
        `p99 ${m(name, 'p99').toFixed(0)} ms, ${m(name, 'kbPerSocket').toFixed(1)} KB/socket, errors ${m(name, 'errors')}`,
    );
  const ratio = m('pameran', 'total') / m('bare', 'total');
  console.log(
    `pameran/bare total ${ratio.toFixed(2)}× (goal ≤ 2), p99 ${m('pameran', 'p99').toFixed(0)} ms (goal ≤ 200), ` +
      `${m('pameran', 'kbPerSocket').toFixed(1)} KB/socket (goal ≤ 10)`,
  );
} finally {
  bareProc.kill();
  await stopServer(pameran);
  rmSync(dir, { recursive: true, force: true });
}
if (PROFILE) printTopSelfTime(PROFILE);

process.exit(0);
