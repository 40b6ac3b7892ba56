#!/usr/bin/env node
// Cold start: an empty DATA_DIR → /api/health 200 with the 500-booth 2020 fair seeded; then a warm restart.
// Usage: node bench/cold-start.mjs [--runs 3]   (DATABASE_URL set → PostgreSQL instead of PGlite; that
// database must be empty for the cold figure. DEMO_LIVE=1 → the demo's way, with the seeded history.)
// SEED: `demo` by default, the demo's two fairs as `./scripts/demo.sh` starts them (the 2020 fair archived
// and a live one, seeded in one transaction, so the 2020 fair's 500 booths mark both as ready);
// SEED=opop-2020 → the 2020 fair alone, as the figures in docs/benchmarks.md up to 2026-12-03 were taken.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmt, startServer, stopServer } from './lib.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
const dir = mkdtempSync(join(tmpdir(), 'pameran-bench-'));
const env = {
  DATA_DIR: dir,
  SEED: process.env.SEED ?? 'demo',
  ...(process.env.DATABASE_URL && { DATABASE_URL: process.env.DATABASE_URL }),
  ...(process.env.DEMO_LIVE && { DEMO_LIVE: process.env.DEMO_LIVE, DEMO_CROWD: '0' }),
};
try {
  const cold = await startServer(env);
  console.log(
    `${engine} cold start (migrate + SEED=${env.SEED}${env.DEMO_LIVE ? ' + history' : ''}): ${fmt(cold.ms)}`,
  );
  await stopServer(cold);
  const warm = [];
  for (let i = 0; i < runs; i++) {
    const s = await startServer(env);
    warm.push(s.ms);
    await stopServer(s);
  }
  warm.sort((a, b) => a - b);
  console.log(
    `${engine} warm restart: median ${fmt(warm[Math.floor(warm.length / 2)])}, min ${fmt(warm[0])}, max ${fmt(warm.at(-1))} over ${runs} runs`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
