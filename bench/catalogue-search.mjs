#!/usr/bin/env node
// Catalogue search under load (autocannon) over the seeded fair: 500 booths × ~14 products.
// Runs PGlite always and PostgreSQL when BENCH_PG_URL points at an empty database. For each engine:
//   1. a fixed-rate run at 1,000 req/s (latency at the target rate),
//   2. an open run (max throughput, 50 connections),
//   3. the baseline in the same run: GET /api/health (one `SELECT 1`) at the same fixed rate.
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, stopServer } from './lib.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const TERMS = [
  'kopi',
  'keripik',
  'batik',
  'madu',
  'coffee',
  'rice',
  'sambal',
  'tas',
  'honey',
  'domba',
  'teh',
  'kerudung',
  'gula',
  'beras',
  'susu',
  'sabun',
  'anyaman',
  'jaket',
  'telur',
  'ikan',
  'gamis',
  'peci',
  'wayang',
  'vanili',
  'jahe',
  'sirup',
  'dodol',
  'abon',
  'tikar',
  'lampu',
];
// 30 terms × 4 filter variants = 120 distinct searches, cycled.
const searchRequests = TERMS.flatMap((q) => [
  { method: 'GET', path: `/api/products?event=opop-2020&q=${q}&limit=20` },
  { method: 'GET', path: `/api/products?event=opop-2020&q=${q}&halal=true&limit=20` },
  { method: 'GET', path: `/api/products?event=opop-2020&q=${q}&exportReady=true&limit=20` },
  {
    method: 'GET',
    path: `/api/products?event=opop-2020&q=${q}&limit=20&cursor=${Buffer.from('o:20').toString('base64url')}`,
  },
]);

function run(url, opts) {
  return new Promise((resolve, reject) => {
    autocannon({ url, duration: seconds, ...opts }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

const line = (name, r) =>
  `${name.padEnd(38)} ${String(Math.round(r.requests.average)).padStart(6)} req/s  p50 ${String(r.latency.p50).padStart(4)} ms  ` +
  `p99 ${String(r.latency.p99).padStart(4)} ms  max ${String(r.latency.max).padStart(5)} ms  errors ${r.errors + r.non2xx}`;

async function bench(engine, env) {
  const dir = mkdtempSync(join(tmpdir(), 'pameran-bench-'));
  const server = await startServer({
    DATA_DIR: dir,
    SEED: 'opop-2020',
    API_RATE_LIMIT_PER_MIN: '100000000',
    ...env,
  });
  try {
    const found = await (await fetch(`${server.url}/api/products?event=opop-2020&limit=1`)).json();
    console.log(`\n${engine}: ${found.total} products`);
    await run(server.url, { connections: 10, duration: 3, requests: searchRequests }); // warm-up
    console.log(
      line(
        'search at 1,000 req/s (fixed rate)',
        await run(server.url, { connections: 20, overallRate: 1000, requests: searchRequests }),
      ),
    );
    console.log(
      line(
        'search, open loop (50 connections)',
        await run(server.url, { connections: 50, requests: searchRequests }),
      ),
    );
    console.log(
      line(
        'baseline: /api/health (SELECT 1) 1k/s',
        await run(`${server.url}/api/health`, { connections: 20, overallRate: 1000 }),
      ),
    );
  } finally {
    await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  }
}

// Each engine twice: with the search cache (the default, 15 s) and with it off, to show the raw query path.
await bench('PGlite (embedded, worker thread), cache on', {});
await bench('PGlite, cache off', { CATALOGUE_CACHE_SECONDS: '0' });
if (process.env.BENCH_PG_URL) {
  await bench('PostgreSQL, cache on', { DATABASE_URL: process.env.BENCH_PG_URL });
  await bench('PostgreSQL, cache off', {
    DATABASE_URL: process.env.BENCH_PG_URL,
    CATALOGUE_CACHE_SECONDS: '0',
  });
} else console.log('\n(set BENCH_PG_URL to an empty PostgreSQL database to bench PostgreSQL too)');
