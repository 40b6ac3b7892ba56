// Shared helpers for the benchmarks: start a real server process and wait until it answers.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Starts `server/dist/main.js`; resolves with {url, proc, ms} once /api/health is 200 and the fair is seeded. */
export async function startServer(env, { timeoutMs = 180_000, nodeArgs = [] } = {}) {
  const started = performance.now();
  const proc = spawn(process.execPath, [...nodeArgs, join(root, 'server/dist/main.js')], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout.on('data', (d) => (out += d));
  proc.stderr.on('data', (d) => (out += d));
  const deadline = Date.now() + timeoutMs;
  let url;
  while (Date.now() < deadline) {
    url ??= out.match(/running at (\S+)/)?.[1];
    if (url) {
      const health = await fetch(`${url}/api/health`).catch(() => null);
      if (health?.status === 200) {
        const booths = await (await fetch(`${url}/api/events/opop-2020/booths?limit=1000`)).json();
        if (booths.total === 500) return { url, proc, ms: performance.now() - started, output: () => out };
      }
    }
    if (proc.exitCode !== null) throw new Error(`server exited ${proc.exitCode}:\n${out}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  proc.kill('SIGKILL');
  throw new Error(`server not ready in ${timeoutMs} ms:\n${out}`);
}

export async function stopServer(server) {
  if (server.proc.exitCode !== null) return;
  const exited = new Promise((r) => server.proc.once('exit', r));
  server.proc.kill('SIGTERM');
  await exited;
}

export const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
