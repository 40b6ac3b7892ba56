#!/usr/bin/env node
// The HTTP side of the opening bell: ARRIVALS visitors arrive evenly over SECONDS; each creates a guest
// (POST /api/auth/guest), loads the entry page (GET /, then the event, GET /api/events/opop-2020) and the
// hall's booth list (GET /api/events/opop-2020/booths?limit=1000, as the client asks for it). Prints p50 /
// p99 per step and the errors by status.
//
// Guest creation is rate-limited per client address, and the server takes the address from
// X-Forwarded-For only from a proxy it trusts: the server is started with TRUST_PROXY=loopback and each
// arrival sends its own X-Forwarded-For (10.x.y.z), as a load balancer in front of the nodes would. The
// limiter itself stays at its default, so what it costs is in the figures.
// Usage: DATABASE_URL=postgres://…/fresh node bench/arrivals.mjs [--arrivals 5000] [--seconds 60] [--runs 1]
//        [--server-log] [--profile DIR] (the node's CPU profile in DIR, and its top functions by self time)
// (needs `npm run build -w server`; one node with the demo fair; without DATABASE_URL, embedded PGlite).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAverage, printTopSelfTime, startServer, stopServer } from './lib.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ARRIVALS = arg('arrivals', 5000);
const SECONDS = arg('seconds', 60);
const RUNS = arg('runs', 1);
const profileAt = process.argv.indexOf('--profile');
const PROFILE = profileAt > 0 ? process.argv[profileAt + 1] : undefined;
const STEPS = ['guest', 'entry page', 'booth list'];
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timed(step, times, errors, work) {
  const t0 = performance.now();
  try {
    const res = await work();
    if (!res.ok) errors.set(`${step} ${res.status}`, (errors.get(`${step} ${res.status}`) ?? 0) + 1);
    times[step].push(performance.now() - t0);
    return res;
  } catch (err) {
    errors.set(`${step} ${err.code ?? err.name}`, (errors.get(`${step} ${err.code ?? err.name}`) ?? 0) + 1);
    return null;
  }
}

async function arrive(url, i, times, errors) {
  // A distinct address per arrival, as the load balancer would forward it.
  const headers = { 'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` };
  const guest = await timed('guest', times, errors, () =>
    fetch(`${url}/api/auth/guest`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ displayName: `Pengunjung ${i}` }),
    }),
  );
  if (!guest?.ok) return;
  const { accessToken } = await guest.json();
  const auth = { ...headers, authorization: `Bearer ${accessToken}` };
  await timed('entry page', times, errors, async () => {
    const [page, event] = await Promise.all([
      fetch(`${url}/`, { headers }),
      fetch(`${url}/api/events/opop-2020`, { headers: auth }),
    ]);
    await Promise.all([page.text(), event.text()]);
    // Without a built client (npm run build -w client) there is no page to serve: time the event alone.
    return page.ok || page.status === 404 ? event : page;
  });
  await timed('booth list', times, errors, async () => {
    const res = await fetch(`${url}/api/events/opop-2020/booths?limit=1000`, { headers: auth });
    await res.text();
    return res;
  });
}

const dir = mkdtempSync(join(tmpdir(), 'pameran-arrivals-'));
// Embedded PGlite has one connection: at this rate every query queues behind the others (pool timeouts at
// 10 s). The rush is measured on PostgreSQL: give DATABASE_URL (a fresh database) for the figures.
const server = await startServer(
  {
    DATA_DIR: dir,
    SEED: 'opop-2020',
    TRUST_PROXY: 'loopback',
    ...(process.env.DATABASE_URL && { DATABASE_URL: process.env.DATABASE_URL }),
  },
  { nodeArgs: PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE}`] : [] },
);
const results = [];
try {
  console.log(`${ARRIVALS} arrivals over ${SECONDS} s, ${RUNS} run(s); load average ${loadAverage()}`);
  for (let run = 1; run <= RUNS; run++) {
    const times = Object.fromEntries(STEPS.map((s) => [s, []]));
    const errors = new Map();
    const started = performance.now();
    const pending = [];
    for (let i = 0; i < ARRIVALS; i++) {
      const due = started + (i * SECONDS * 1000) / ARRIVALS;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      pending.push(arrive(server.url, run * ARRIVALS + i, times, errors));
    }
    await Promise.all(pending);
    const took = (performance.now() - started) / 1000;
    const r = {};
    for (const s of STEPS) {
      const sorted = times[s].sort((a, b) => a - b);
      r[s] = { p50: pct(sorted, 50), p99: pct(sorted, 99) };
    }
    results.push(r);
    console.log(
      `run ${run}: ${took.toFixed(1)} s; ` +
        STEPS.map((s) => `${s} p50 ${r[s].p50.toFixed(0)} ms p99 ${r[s].p99.toFixed(0)} ms`).join('; ') +
        `; errors ${errors.size ? JSON.stringify(Object.fromEntries(errors)) : 0} | load ${loadAverage()}`,
    );
  }
  if (RUNS > 1)
    console.log(
      `medians of ${RUNS}: ` +
        STEPS.map(
          (s) =>
            `${s} p50 ${median(results.map((r) => r[s].p50)).toFixed(0)} ms p99 ${median(results.map((r) => r[s].p99)).toFixed(0)} ms`,
        ).join('; '),
    );
} finally {
  if (process.argv.includes('--server-log')) console.log(server.output().slice(-4000));
  await stopServer(server);
  rmSync(dir, { recursive: true, force: true });
}
if (PROFILE) printTopSelfTime(PROFILE);
process.exit(0);
