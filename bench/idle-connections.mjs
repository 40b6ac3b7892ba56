#!/usr/bin/env node
// Idle connections: connect N signed-in sockets to /hall that do nothing, and read the server's heap per
// connection from /api/health/node. Usage: node bench/idle-connections.mjs [--connections 10000]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { startServer, stopServer } from './lib.mjs';

const N = Number(process.argv[process.argv.indexOf('--connections') + 1]) || 10_000;
const dir = mkdtempSync(join(tmpdir(), 'pameran-idle-'));
// --expose-gc lets /api/health/node collect before reading, so the heap figure is what stays retained.
const server = await startServer(
  { DATA_DIR: dir, SEED: 'opop-2020', AUTH_RATE_LIMIT_PER_MIN: '1000000' },
  { nodeArgs: ['--expose-gc'] },
);
const metrics = async () => (await fetch(`${server.url}/api/health/node`)).json();
const settle = () => new Promise((r) => setTimeout(r, 5000));
try {
  // One guest token for all: presence is per connection here, and minting 10,000 guests is not the point.
  const { accessToken } = await (
    await fetch(`${server.url}/api/auth/guest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ displayName: 'Idle' }),
    })
  ).json();
  await settle();
  const before = await metrics();
  const sockets = [];
  const started = performance.now();
  for (let i = 0; i < N; i += 200) {
    await Promise.all(
      Array.from(
        { length: Math.min(200, N - i) },
        () =>
          new Promise((resolve, reject) => {
            const s = io(`${server.url}/hall`, {
              transports: ['websocket'],
              auth: { token: accessToken, event: 'opop-2020' },
              reconnection: false,
            });
            s.once('connect', resolve);
            s.once('connect_error', reject);
            sockets.push(s);
          }),
      ),
    );
  }
  const connectSeconds = (performance.now() - started) / 1000;
  await settle();
  const after = await metrics();
  console.log(
    `${after.connections} idle connections (connected in ${connectSeconds.toFixed(1)} s): heap ${((after.heapUsedBytes - before.heapUsedBytes) / N / 1024).toFixed(1)} KB/connection, ` +
      `RSS ${((after.rssBytes - before.rssBytes) / N / 1024).toFixed(1)} KB/connection, event-loop delay p99 ${after.eventLoopDelayMs.p99.toFixed(1)} ms`,
  );
  sockets.forEach((s) => s.close());
} finally {
  await stopServer(server);
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
