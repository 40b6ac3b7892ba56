#!/usr/bin/env node
// Image pipeline: 100 camera-sized photos (4000×3000 JPEG) uploaded through the real HTTP endpoint
// (POST /api/backoffice/products/:id/photo) of a running server, as the seeded exhibitor.
// Prints p50/p99 time per image, the server's peak RSS (VmRSS sampled at 20 Hz) and its event-loop delay during the
// uploads (how late a 10 ms timer runs, read from /api/health/node for the uploads' seconds), plus the p99 of a concurrent 20 Hz
// HTTP ping that never touches the database — what presence traffic would feel.
// Env: BENCH_PG_URL (empty PostgreSQL database; else embedded PGlite), BENCH_IMAGES (100),
// BENCH_CONCURRENCY (4 uploads in flight).
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { nodeHealth, root, startServer, stopServer } from './lib.mjs';

const require = createRequire(join(root, 'server', 'package.json'));
const sharp = require('sharp');

const COUNT = Number(process.env.BENCH_IMAGES ?? 100);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const W = 4000;
const H = 3000;

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const ms = (x) => `${x.toFixed(0)} ms`;

/** Photo-like test images (gradient, shapes and sensor-like noise), made once and kept in the temp dir. */
async function photos() {
  const dir = join(tmpdir(), 'pameran-bench-photos');
  mkdirSync(dir, { recursive: true });
  const noise = await sharp({
    create: { width: W, height: H, channels: 3, noise: { type: 'gaussian', mean: 0, sigma: 14 } },
  })
    .raw()
    .toBuffer();
  const files = [];
  const started = performance.now();
  for (let i = 0; i < COUNT; i++) {
    const file = join(dir, `photo-${W}x${H}-${i}.jpg`);
    files.push(file);
    if (existsSync(file)) continue;
    const hue = (i * 37) % 360;
    const svg = `<svg width="${W}" height="${H}"><defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},55%,62%)"/><stop offset="1" stop-color="hsl(${(hue + 80) % 360},45%,30%)"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/><circle cx="${1200 + i * 17}" cy="1500" r="900" fill="hsl(${(hue + 160) % 360},50%,45%)"/><rect x="2300" y="700" width="1300" height="1700" rx="140" fill="#f2e6d0" opacity=".85"/></svg>`;
    const base = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer();
    for (let j = 0; j < base.length; j++)
      base[j] = Math.max(0, Math.min(255, base[j] + noise[(j + i * 7919) % noise.length] - 7));
    writeFileSync(
      file,
      await sharp(base, { raw: { width: W, height: H, channels: 3 } })
        .jpeg({ quality: 88 })
        .toBuffer(),
    );
  }
  const sizes = files.map((f) => readFileSync(f).length);
  console.log(
    `${COUNT} photos ${W}×${H}, ${(sizes.reduce((a, b) => a + b, 0) / COUNT / 1024 / 1024).toFixed(1)} MB average` +
      (performance.now() - started > 1000
        ? ` (made in ${((performance.now() - started) / 1000).toFixed(0)} s)`
        : ' (cached)'),
  );
  return files;
}

async function json(res) {
  const body = await res.json();
  if (!res.ok) throw new Error(`${res.status} ${JSON.stringify(body)}`);
  return body;
}

/** The server process's resident memory now (VmRSS), in MB. */
function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

const files = await photos();
const dataDir = mkdtempSync(join(tmpdir(), 'pameran-bench-img-'));
const server = await startServer({
  DATA_DIR: dataDir,
  DATABASE_URL: process.env.BENCH_PG_URL ?? '',
  AUTH_RATE_LIMIT_PER_MIN: '1000',
  UPLOAD_RATE_LIMIT_PER_10_MIN: '100000',
});
try {
  const { url, proc } = server;
  const accounts = readFileSync(join(dataDir, 'demo-accounts.txt'), 'utf8');
  const [, email, password] = /exhibitor\s+(\S+)\s+(\S+)/.exec(accounts);
  const login = await json(
    await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    }),
  );
  const auth = { authorization: `Bearer ${login.accessToken}` };
  const me = await json(await fetch(`${url}/api/backoffice/me`, { headers: auth }));
  const products = await json(
    await fetch(`${url}/api/backoffice/booths/${me.boothId}/products`, { headers: auth }),
  );
  const rssBefore = rssMb(proc.pid);
  let rssPeak = rssBefore;

  // A 20 Hz ping on a route that needs no database: how long a cheap request waits during the uploads.
  const pings = [];
  let pinging = true;
  const pinger = (async () => {
    while (pinging) {
      const t0 = performance.now();
      await fetch(`${url}/api/uploads/ping`).then((r) => r.arrayBuffer());
      pings.push(performance.now() - t0);
      rssPeak = Math.max(rssPeak, rssMb(proc.pid));
      await new Promise((r) => setTimeout(r, 50));
    }
  })();

  const times = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < files.length) {
        const i = next++;
        const form = new FormData();
        form.append('file', new Blob([readFileSync(files[i])], { type: 'image/jpeg' }), `IMG_${i}.jpg`);
        const t0 = performance.now();
        const res = await fetch(`${url}/api/backoffice/products/${products[i % products.length].id}/photo`, {
          method: 'POST',
          headers: auth,
          body: form,
        });
        await json(res);
        times.push(performance.now() - t0);
      }
    }),
  );
  const wall = performance.now() - started;
  pinging = false;
  await pinger;
  // The event-loop figures of the uploads' own seconds (the node keeps the last minute; reading resets nothing).
  const node = await nodeHealth(url, wall / 1000);
  const stored = readdirSync(join(dataDir, 'uploads')).length;

  console.log(
    `\n${COUNT} uploads, ${CONCURRENCY} in flight, ${process.env.BENCH_PG_URL ? 'PostgreSQL' : 'PGlite'}`,
  );
  console.log(
    `  per image   p50 ${ms(pct(times, 50))}  p99 ${ms(pct(times, 99))}  max ${ms(Math.max(...times))}`,
  );
  console.log(
    `  throughput  ${(COUNT / (wall / 1000)).toFixed(1)} images/s (${(wall / 1000).toFixed(1)} s wall)`,
  );
  console.log(
    `  peak RSS    ${rssPeak.toFixed(0)} MB during uploads (${rssBefore.toFixed(0)} MB before; sampled at 20 Hz)`,
  );
  console.log(
    `  event loop  p50 ${node.eventLoopDelayMs.p50.toFixed(1)} ms  p99 ${node.eventLoopDelayMs.p99.toFixed(1)} ms  max ${node.eventLoopDelayMs.max.toFixed(1)} ms  (goal p99 ≤ 50 ms)`,
  );
  console.log(
    `  ping (no DB, 20 Hz)  p50 ${ms(pct(pings, 50))}  p99 ${ms(pct(pings, 99))}  (${pings.length} pings)`,
  );
  console.log(`  files left  ${stored} (6 per product photo; replaced photos are removed)`);
} finally {
  await stopServer(server);
  rmSync(dataDir, { recursive: true, force: true });
}
