#!/usr/bin/env node
// Connection storm: waves of signed-in sockets connect to /hall, move, enter a booth (one in ten) and
// drop; the server's heap after a forced GC (--expose-gc; /api/health/node collects first) is printed
// after every wave and compared with the level after a warm-up wave. A leak shows as a staircase.
// Usage: node bench/connection-storm.mjs [--waves 5] [--per-wave 1000]
// (server/test/hall-storm.int-spec.ts is the small, fast version that runs with the tests.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { boothIds } from './hall-load.mjs';
import { loadAverage, nodeHealth, startServer, stopServer } from './lib.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const WAVES = arg('waves', 5);
const PER_WAVE = arg('per-wave', 1000);
const mb = (b) => `${(b / 2 ** 20).toFixed(1)} MB`;

const dir = mkdtempSync(join(tmpdir(), 'pameran-storm-'));
const server = await startServer(
  { DATA_DIR: dir, SEED: 'opop-2020', AUTH_RATE_LIMIT_PER_MIN: '1000000', HALL_SOCKETS_PER_USER: '100000' },
  { nodeArgs: ['--expose-gc'] },
);
const health = () => nodeHealth(server.url);
async function settled() {
  for (;;) {
    const h = await health();
    if (h.connections === 0) return (await new Promise((r) => setTimeout(r, 500)), health());
    await new Promise((r) => setTimeout(r, 100));
  }
}
try {
  const booths = await boothIds(server.url);
  const { accessToken } = await (
    await fetch(`${server.url}/api/auth/guest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ displayName: 'Badai' }),
    })
  ).json();
  const wave = async (size) => {
    const sockets = [];
    const t0 = performance.now();
    for (let i = 0; i < size; i += 250) {
      const batch = await Promise.all(
        Array.from(
          { length: Math.min(250, size - i) },
          () =>
            new Promise((resolve, reject) => {
              const s = io(`${server.url}/hall`, {
                transports: ['websocket'],
                auth: { token: accessToken, event: 'opop-2020' },
                reconnection: false,
                forceNew: true,
              });
              s.once('connect', () => resolve(s));
              s.once('connect_error', reject);
            }),
        ),
      );
      batch.forEach((s, k) => {
        s.emit('move', { x: (k % 40) * 6 - 119, z: 5 + (k % 34) * 6, ry: 0 });
        if (k % 10 === 0) s.emit('booth:enter', { boothId: booths[k % booths.length] }, () => undefined);
      });
      sockets.push(...batch);
    }
    await new Promise((r) => setTimeout(r, 300));
    sockets.forEach((s) => s.close());
    return (performance.now() - t0) / 1000;
  };
  console.log(`${WAVES} waves × ${PER_WAVE} connections; load average ${loadAverage()}`);
  await wave(PER_WAVE / 2);
  const baseline = (await settled()).heapUsedBytes;
  console.log(`after a warm-up wave of ${PER_WAVE / 2}: heap ${mb(baseline)}`);
  for (let w = 1; w <= WAVES; w++) {
    const s = await wave(PER_WAVE);
    const h = (await settled()).heapUsedBytes;
    console.log(
      `wave ${w}: ${PER_WAVE} connected, moved and left in ${s.toFixed(1)} s; heap ${mb(h)} (${(((h - baseline) / baseline) * 100).toFixed(1)} %)`,
    );
  }
  const end = (await settled()).heapUsedBytes;
  const drift = (end - baseline) / baseline;
  console.log(
    `heap after ${WAVES * PER_WAVE} connections: ${mb(end)} vs ${mb(baseline)} (${(drift * 100).toFixed(1)} %, ${((end - baseline) / (WAVES * PER_WAVE)).toFixed(0)} B per connection) — ${Math.abs(drift) <= 0.1 ? 'within ±10 %' : 'OUTSIDE ±10 %'}; load average ${loadAverage()}`,
  );
} finally {
  await stopServer(server);
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
