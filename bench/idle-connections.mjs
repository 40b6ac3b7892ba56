#!/usr/bin/env node
// Idle connections: connect N signed-in sockets to /hall that do nothing, and read the server's heap per
// connection after a forced GC (server started with --expose-gc; /api/health/node collects before it
// reads). Then the same against bare socket.io (bench/bare-hall-server.mjs, GET /heap), in the same run.
// Usage: node bench/idle-connections.mjs [--connections 10000] [--only pameran|bare]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { loadAverage, nodeHealth, root, startServer, stopServer } from './lib.mjs';

const arg = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const N = Number(arg('connections')) || 10_000;
const only = arg('only');
const settle = () => new Promise((r) => setTimeout(r, 5000));

/** Connects N sockets (200 at a time); returns them and the seconds it took. */
async function connectAll(url, auth) {
  const sockets = [];
  const started = performance.now();
  for (let i = 0; i < N; i += 200) {
    await Promise.all(
      Array.from(
        { length: Math.min(200, N - i) },
        () =>
          new Promise((resolve, reject) => {
            const s = io(`${url}/hall`, {
              transports: ['websocket'],
              auth,
              reconnection: false,
              forceNew: true,
            });
            s.once('connect', resolve);
            s.once('connect_error', reject);
            sockets.push(s);
          }),
      ),
    );
  }
  return { sockets, seconds: (performance.now() - started) / 1000 };
}

function report(label, before, after, seconds) {
  console.log(
    `${label.padEnd(8)} ${after.connections} idle connections (connected in ${seconds.toFixed(1)} s): heap ${((after.heapUsedBytes - before.heapUsedBytes) / N / 1024).toFixed(1)} KB/connection, ` +
      `RSS ${((after.rssBytes - before.rssBytes) / N / 1024).toFixed(1)} KB/connection` +
      (after.eventLoopDelayMs ? `, event-loop delay p99 ${after.eventLoopDelayMs.p99.toFixed(1)} ms` : '') +
      ` | load average ${loadAverage()}`,
  );
}

if (only !== 'bare') {
  const dir = mkdtempSync(join(tmpdir(), 'pameran-idle-'));
  const server = await startServer(
    { DATA_DIR: dir, SEED: 'opop-2020', AUTH_RATE_LIMIT_PER_MIN: '1000000', HALL_SOCKETS_PER_USER: '100000' },
    { nodeArgs: ['--expose-gc'] },
  );
  // `seconds`: the event-loop figures cover that many last seconds (the node keeps a minute).
  const metrics = (seconds = 60) => nodeHealth(server.url, seconds);
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
    const since = performance.now();
    const { sockets, seconds } = await connectAll(server.url, { token: accessToken, event: 'opop-2020' });
    await settle();
    report('pameran', before, await metrics((performance.now() - since) / 1000), seconds);
    sockets.forEach((s) => s.close());
  } finally {
    await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  }
}
if (only !== 'pameran') {
  const bare = spawn(process.execPath, ['--expose-gc', join(root, 'bench/bare-hall-server.mjs')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((r) => bare.stdout.once('data', (d) => r(String(d).match(/at (\S+)/)[1])));
  const heap = async () => (await fetch(`${url}/heap`)).json();
  await settle();
  const before = await heap();
  const { sockets, seconds } = await connectAll(url, {});
  await settle();
  report('bare', before, await heap(), seconds);
  sockets.forEach((s) => s.close());
  bare.kill();
}
process.exit(0);
