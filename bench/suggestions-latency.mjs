#!/usr/bin/env node
// Latency of GET /api/matching/suggestions on the seeded demo fair (500 booths, ~7,000 products), end to
// end over HTTP on one node: the demo buyer (a full profile, a shortlist) asking for exhibitors, and the
// demo exhibitor asking for buyers among BUYERS listed buyers registered first. Each list is asked
// ITERATIONS times one after another after a warm-up; prints p50/p95/p99/max in ms per list.
// PGlite by default; DATABASE_URL (an empty database) runs it on PostgreSQL. `npm run build` first.
// Usage: node bench/suggestions-latency.mjs
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, stopServer } from './lib.mjs';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 500);
const BUYERS = Number(process.env.BENCH_BUYERS ?? 200);
const pct = (xs, p) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

const dir = mkdtempSync(join(tmpdir(), 'pameran-bench-'));
const server = await startServer({
  DATA_DIR: dir,
  SEED: 'opop-2020',
  API_RATE_LIMIT_PER_MIN: '100000000',
  AUTH_RATE_LIMIT_PER_MIN: '100000',
  DEMO_CROWD: '0',
  ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
});
const call = async (method, path, token, body) => {
  const res = await fetch(`${server.url}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? null : res.json();
};
const accounts = readFileSync(join(dir, 'demo-accounts.txt'), 'utf8');
const login = (role) => {
  const [, email, password] = new RegExp(`${role}\\s+(\\S+)\\s+(\\S+)`).exec(accounts);
  return call('POST', '/auth/login', null, { email, password }).then((r) => r.accessToken);
};

const CATS = ['makanan', 'minuman', 'fesyen', 'kerajinan', 'pertanian_perkebunan', 'peternakan'];
const TERMS = ['keripik', 'kopi', 'batik', 'madu', 'sambal', 'teh', 'gula aren', 'tas', 'abon', 'sirup'];
const profile = (i) => ({
  type: 'buyer',
  company: `Bench Trading ${i}`,
  country: ['MY', 'SG', 'JP', 'ID', 'AE'][i % 5],
  categories: [CATS[i % CATS.length], CATS[(i * 7) % CATS.length]],
  productsSought: [TERMS[i % TERMS.length], TERMS[(i * 3) % TERMS.length]],
  monthlyVolume: 100 * (1 + (i % 20)),
  targetMarkets: ['MY', 'SG'],
  certifications: i % 2 ? ['halal'] : ['halal', 'export'],
  languages: ['en', 'ms'],
});

async function measure(name, token) {
  for (let i = 0; i < 30; i++) await call('GET', '/matching/suggestions', token); // warm-up
  const times = [];
  let items = 0;
  for (let i = 0; i < ITERATIONS; i++) {
    const t0 = performance.now();
    items = (await call('GET', '/matching/suggestions', token)).items.length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const f = (x) => x.toFixed(1).padStart(6);
  console.log(
    `${name.padEnd(34)} ${items} items  p50 ${f(pct(times, 50))} ms  p95 ${f(pct(times, 95))} ms  ` +
      `p99 ${f(pct(times, 99))} ms  max ${f(times.at(-1))} ms`,
  );
}

try {
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, node ${process.version}; ` +
      `${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}; ${ITERATIONS} requests per list`,
  );
  const buyer = await login('buyer');
  await call('PATCH', '/users/me', buyer, { buyerProfile: profile(1), directoryListed: true });
  const products = await call('GET', '/products?event=opop-2020&q=keripik&limit=5');
  for (const p of products.items) await call('PUT', `/me/shortlist/${p.id}`, buyer);
  for (let i = 0; i < BUYERS; i++) {
    const { accessToken } = await call('POST', '/auth/register', null, {
      email: `bench-buyer-${i}@example.test`,
      password: `bench-password-${i}`,
      displayName: `Bench Buyer ${i}`,
      role: 'buyer',
      buyerProfile: profile(i),
    });
    await call('PATCH', '/users/me', accessToken, { directoryListed: true });
  }
  await measure('buyer → exhibitors', buyer);
  await measure(`exhibitor → buyers (${BUYERS + 1} listed)`, await login('exhibitor'));
} finally {
  await stopServer(server);
  rmSync(dir, { recursive: true, force: true });
}
