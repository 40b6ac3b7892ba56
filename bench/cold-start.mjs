#!/usr/bin/env node
// Cold start: an empty DATA_DIR → /api/health 200 with the 500-booth fair seeded; then a warm restart.
// Usage: node bench/cold-start.mjs [--runs 3]   (DATABASE_URL set → PostgreSQL instead of PGlite; that
// database must be empty for the cold figure. DEMO_LIVE=1 → the demo's way, with the seeded history.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmt, startServer, stopServer } from './lib.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
const dir = mkdtempSync(join(tmpdir(), 'pameran-bench-'));
const env = {
  DATA_DIR: dir,
  SEED: 'opop-2020',
  ...(process.env.DATABASE_URL && { DATABASE_URL: process.env.DATABASE_URL }),
  ...(process.env.DEMO_LIVE && { DEMO_LIVE: process.env.DEMO_LIVE, DEMO_CROWD: '0' }),
};
try {
  const cold = await startServer(env);
  console.log(
    `${engine} cold start (migrate + seed 500 booths${env.DEMO_LIVE ? ' + history' : ''}): ${fmt(cold.ms)}`,
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
