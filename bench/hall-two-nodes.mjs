#!/usr/bin/env node
// Two nodes vs one, same run: two server processes on one PostgreSQL and a private Redis (sharded
// adapter). Round "1 node": every visitor on node A (Redis on, as in production). Round "2 nodes": visitors
// alternate between A and B. Reports move→observer latency (same-node and cross-node pairs apart) and
// occupancy-delta latency (a probe enters/leaves a booth on A every 250 ms; observers on A and on B).
// Usage: node bench/hall-two-nodes.mjs [--visitors 1000] [--seconds 15] [--rounds 2] [--workers 2]
// Needs the dev PostgreSQL (/tmp/pameran-dev, scripts/services/postgres.sh) and redis-server on PATH.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { boothIds, measure } from './hall-load.mjs';
import {
  guestTokens,
  loadAverage,
  percentile,
  newHistogram,
  record,
  root,
  startServer,
  stopServer,
} from './lib.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const visitors = arg('visitors', 1000);
const seconds = arg('seconds', 15);
const rounds = arg('rounds', 2);
const workers = arg('workers', 2);

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** Occupancy probe: enters and leaves a booth on node A; observers on A and B time the deltas. */
async function occupancyProbe(urls, tokens, boothId) {
  const connect = (url, token) =>
    new Promise((resolve, reject) => {
      const s = io(`${url}/hall`, {
        transports: ['websocket'],
        auth: { token, event: 'opop-2020' },
        reconnection: false,
        forceNew: true,
      });
      s.once('connect', () => resolve(s));
      s.once('connect_error', reject);
    });
  const [prober, onA, onB] = await Promise.all([
    connect(urls[0], tokens[0]),
    connect(urls[0], tokens[1]),
    connect(urls[1], tokens[2]),
  ]);
  const hist = { same: newHistogram(), cross: newHistogram() };
  let sentAt = 0;
  let inside = false;
  let measuring = false;
  const watch = (s, h) =>
    s.on('occupancy', (p) => {
      if (measuring && p.changes[boothId] !== undefined && sentAt) record(h, performance.now() - sentAt);
    });
  watch(onA, hist.same);
  watch(onB, hist.cross);
  const timer = setInterval(() => {
    sentAt = performance.now();
    inside = !inside;
    prober.emit(inside ? 'booth:enter' : 'booth:leave', inside ? { boothId } : {}, () => undefined);
  }, 250);
  return {
    start: () => {
      measuring = true;
      hist.same.fill(0);
      hist.cross.fill(0);
    },
    stop() {
      measuring = false;
      const r = {
        sameP50: percentile(hist.same, 50),
        sameP99: percentile(hist.same, 99),
        crossP50: percentile(hist.cross, 50),
        crossP99: percentile(hist.cross, 99),
      };
      return r;
    },
    close() {
      clearInterval(timer);
      [prober, onA, onB].forEach((s) => s.close());
    },
  };
}

const pgUrl = execFileSync(
  'bash',
  [join(root, 'scripts/services/postgres.sh'), 'createdb', '/tmp/pameran-dev', 'bench_hall_nodes'],
  { encoding: 'utf8' },
)
  .trim()
  .split('\n')
  .at(-1)
  .replace(/^DATABASE_URL=/, '');
const redisPort = await freePort();
const redis = spawn(
  'redis-server',
  ['--bind', '127.0.0.1', '--port', String(redisPort), '--save', '', '--appendonly', 'no'],
  { stdio: 'ignore' },
);
const redisUrl = `redis://127.0.0.1:${redisPort}`;
const secret = randomBytes(32).toString('hex');
const dirs = [0, 1].map((i) => mkdtempSync(join(tmpdir(), `pameran-nodes${i}-`)));
const env = (i) => ({
  DATA_DIR: dirs[i],
  DATABASE_URL: pgUrl,
  REDIS_URL: redisUrl,
  UPLOAD_DIR_SHARED: '1', // nothing is uploaded in this run; several nodes must still say where pictures go
  JWT_SECRET: secret,
  SEED: i === 0 ? 'opop-2020' : 'none',
  DEMO_LIVE: '1', // the hall is open now, so booth:enter is accepted
  AUTH_RATE_LIMIT_PER_MIN: '1000000',
  HALL_SOCKETS_PER_USER: '100000',
});
await new Promise((r) => setTimeout(r, 300));
console.log(
  `${visitors} visitors, ${seconds} s per round, ${rounds} rounds; load generator in ${workers} processes; load average ${loadAverage()}`,
);
const a = await startServer(env(0), { nodeArgs: ['--expose-gc'] });
const b = await startServer(env(1), { nodeArgs: ['--expose-gc'] });
const results = [];
try {
  const booths = await boothIds(a.url);
  const tokens = await guestTokens(a.url, visitors + 3);
  const probeBooth = booths.at(-1);
  const walkBooths = booths.slice(0, -1);
  const probe = await occupancyProbe([a.url, b.url], tokens.slice(visitors), probeBooth);
  for (let round = 0; round < rounds; round++) {
    for (const layout of round % 2 ? ['2 nodes', '1 node'] : ['1 node', '2 nodes']) {
      const urls = layout === '1 node' ? [a.url] : [a.url, b.url];
      probe.start();
      const r = await measure(layout, {
        urls,
        pids: [a.proc.pid, b.proc.pid],
        tokens: tokens.slice(0, visitors),
        booths: walkBooths,
        visitors,
        seconds,
        workers,
        metrics: true,
      });
      const occ = probe.stop();
      console.log(
        `${''.padEnd(12)} occupancy delta: observer on A p50 ${occ.sameP50} / p99 ${occ.sameP99} ms, observer on B p50 ${occ.crossP50} / p99 ${occ.crossP99} ms`,
      );
      results.push({ layout, ...r, occ });
    }
  }
  probe.close();
} finally {
  await Promise.all([stopServer(a), stopServer(b)]);
  redis.kill();
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
}
const by = (layout, key) => results.filter((r) => r.layout === layout).map((r) => r[key]);
const fmt = (xs) => xs.map((x) => x.toFixed(1)).join(', ');
console.log(
  `move→observer p99, 1 node: ${fmt(by('1 node', 'p99'))} ms; 2 nodes: ${fmt(by('2 nodes', 'p99'))} ms (cross-node pairs: ${fmt(by('2 nodes', 'crossP99'))} ms)`,
);
process.exit(0);
