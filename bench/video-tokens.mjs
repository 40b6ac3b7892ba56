#!/usr/bin/env node
// Token endpoint under load: POST /api/meetings/:id/join by a party of a live meeting, open loop at a fixed
// rate (default 200 req/s for 10 s), against the built server with a local LiveKit (each join also makes sure
// the room exists: one LiveKit CreateRoom call). Baseline in the same run, same rate: GET /api/video/status
// (public, no database, no LiveKit). Prints p50/p95/p99/max, errors, achieved rate and the server's CPU.
// Usage: DATABASE_URL=<empty db> node bench/video-tokens.mjs [--rate 200] [--seconds 10] [--cpu-prof <dir>]
import { cpuTicks } from './lib.mjs';
import { ms, pct, startVideoStack } from './video-lib.mjs';

const arg = (name, dflt) => Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) || dflt;
const RATE = arg('rate', 200);
const SECONDS = arg('seconds', 10);

/** Fire `send` RATE times a second for SECONDS, not waiting for answers (open loop); latency per request. */
async function openLoop(send) {
  const total = RATE * SECONDS;
  const latencies = [];
  let errors = 0;
  const started = performance.now();
  const inflight = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const t0 = performance.now();
    inflight.push(
      send().then(
        (ok) => (ok ? latencies.push(performance.now() - t0) : errors++),
        () => errors++,
      ),
    );
  }
  await Promise.all(inflight);
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { latencies, errors, rate: total / elapsed };
}

const profDir = process.argv.includes('--cpu-prof')
  ? process.argv[process.argv.indexOf('--cpu-prof') + 1]
  : null;
const stack = await startVideoStack({
  meetings: 1,
  nodeArgs: profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [],
});
try {
  const [{ id, buyer }] = stack.meetings;
  const join = () =>
    fetch(`${stack.url}/api/meetings/${id}/join`, {
      method: 'POST',
      headers: { authorization: `Bearer ${buyer.token}` },
    }).then(async (r) => r.status === 200 && typeof (await r.json()).token === 'string');
  const status = () =>
    fetch(`${stack.url}/api/video/status`).then(async (r) => r.status === 200 && (await r.json()).enabled);
  if (!(await join())) throw new Error('the party could not get a token');
  for (let i = 0; i < 50; i++) await join(); // warm up
  console.log(`${RATE} req/s for ${SECONDS} s, open loop; one node, PostgreSQL, local LiveKit`);
  const rows = [];
  for (const [label, send] of [
    ['GET /api/video/status (baseline)', status],
    ['POST /api/meetings/:id/join', join],
  ]) {
    const cpu0 = cpuTicks(stack.serverPid);
    const lk0 = cpuTicks(stack.livekitPid);
    const r = await openLoop(send);
    const l = r.latencies;
    rows.push({
      endpoint: label,
      ok: l.length,
      errors: r.errors,
      'req/s': r.rate.toFixed(0),
      p50: ms(pct(l, 50)),
      p95: ms(pct(l, 95)),
      p99: ms(pct(l, 99)),
      max: ms(l[l.length - 1]),
      'server CPU': `${(cpuTicks(stack.serverPid) - cpu0) / SECONDS} %`,
      'LiveKit CPU': `${(cpuTicks(stack.livekitPid) - lk0) / SECONDS} %`,
    });
  }
  console.table(rows);
} finally {
  await stack.stop();
}
