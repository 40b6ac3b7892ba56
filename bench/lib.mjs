// Shared helpers for the benchmarks: start a real server process and wait until it answers.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Starts `server/dist/main.js`; resolves with {url, proc, ms} once /api/health is 200 and the fair is seeded. */
export async function startServer(env, { timeoutMs = 180_000, nodeArgs = [] } = {}) {
  const started = performance.now();
  // Production needs PUBLIC_ORIGIN, and browsers' sockets are checked against it: so know the port first.
  const port = env.PORT ?? String(await freePort());
  const proc = spawn(process.execPath, [...nodeArgs, join(root, 'server/dist/main.js')], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      // The benchmarks run the demo fair (demo accounts, DEMO_LIVE), which NODE_ENV=production refuses;
      // nothing else in the server reads NODE_ENV, so the figures are the same.
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: port,
      PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
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
        if (booths.total === 500) {
          if (env.DATA_DIR) organiserToken ??= await signInAsOrganiser(url, env.DATA_DIR);
          return { url, proc, ms: performance.now() - started, output: () => out };
        }
      }
    }
    if (proc.exitCode !== null) throw new Error(`server exited ${proc.exitCode}:\n${out}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  proc.kill('SIGKILL');
  throw new Error(`server not ready in ${timeoutMs} ms:\n${out}`);
}

/** The demo organiser's access token (node health is for organisers); the same for every node of a run. */
let organiserToken;

async function signInAsOrganiser(url, dataDir) {
  const file = join(dataDir, 'demo-accounts.txt');
  if (!existsSync(file)) return undefined; // a node that did not seed (another node of the run did)
  const accounts = readFileSync(file, 'utf8');
  const [, email, password] = /organiser\s+(\S+)\s+(\S+)/.exec(accounts);
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return (await res.json()).accessToken;
}

/** A node's own figures (`GET /api/health/node`), over the last `seconds` (at most the minute it keeps). */
export async function nodeHealth(url, seconds) {
  const query = seconds ? `?seconds=${Math.min(60, Math.ceil(seconds))}` : '';
  const res = await fetch(`${url}/api/health/node${query}`, {
    headers: { authorization: `Bearer ${organiserToken}` },
  });
  return res.json();
}

export async function stopServer(server) {
  if (server.proc.exitCode !== null) return;
  const exited = new Promise((r) => server.proc.once('exit', r));
  server.proc.kill('SIGTERM');
  await exited;
}

export const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;

// ---- Live-hall load (bench/hall-load.mjs, bench/hall-two-nodes.mjs) ---------------------------------
import { execFileSync, fork } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Where the hall's floor is (metres); walkers stay a centimetre inside. */
export const HALL_FLOOR = { minX: -120, maxX: 120, minZ: 4, maxZ: 210 };

/** A clock shared by all processes on this machine (ms, sub-ms resolution). */
export const sharedNow = () => performance.timeOrigin + performance.now();

/**
 * Latency stamps: positions are quantised to centimetres on the wire, so the stamp has a field of its own.
 * Walkers send `move {x, z, ry, t}` with t = the send time (0.1 ms, modulo 10 s) × 2 + the sender's node
 * (one bit); the server hands it to observers in the `peers` frame's `t` array (pairs handle, t), and the
 * bare server in the same way. The app itself never sets `t`.
 */
export function stamp(node) {
  return (Math.round(sharedNow() * 10) % 100_000) * 2 + node;
}

/** [ms since sent, sender node] of a stamp. */
export function readStamp(t) {
  const sent = (t >> 1) / 10;
  return [((sharedNow() % 10_000) - sent + 10_000) % 10_000, t & 1];
}

/**
 * Counts a `peers` frame (packages/contracts PeersFrame: flat arrays e/u/l/t) into `stats` and records
 * each stamped update's latency with `onStamp(t, x, z)`, x and z the peer's position in the same frame
 * (centimetres; undefined when the frame carries none for it).
 */
export function countPeersFrame(frame, stats, onStamp) {
  stats.messages++;
  stats.enters += (frame.e?.length ?? 0) / 6;
  stats.updates += (frame.u?.length ?? 0) / 4;
  const t = frame.t;
  if (!t) return;
  for (let i = 0; i < t.length; i += 2) {
    const at = positionIn(frame, t[i]);
    onStamp(t[i + 1], at?.[0], at?.[1]);
  }
}

/** [x, z] of a handle in a frame's updates (stride 4) or enters (stride 6). */
function positionIn(frame, handle) {
  const u = frame.u ?? [];
  for (let j = 0; j < u.length; j += 4) if (u[j] === handle) return [u[j + 1], u[j + 2]];
  const e = frame.e ?? [];
  for (let j = 0; j < e.length; j += 6) if (e[j] === handle) return [e[j + 3], e[j + 4]];
  return undefined;
}

/** Latency histogram in 0.1 ms buckets up to 10 s. */
export const newHistogram = () => new Uint32Array(100_001);
export const record = (h, ms) => h[Math.min(100_000, Math.round(ms * 10))]++;
export function mergeHistogram(into, sparse) {
  for (let i = 0; i < sparse.length; i += 2) into[sparse[i]] += sparse[i + 1];
}
export function sparseHistogram(h) {
  const out = [];
  for (let i = 0; i < h.length; i++) if (h[i]) out.push(i, h[i]);
  return out;
}
export function percentile(h, p) {
  let total = 0;
  for (const c of h) total += c;
  if (!total) return NaN;
  let seen = 0;
  const want = (p / 100) * total;
  for (let i = 0; i < h.length; i++) if ((seen += h[i]) >= want) return i / 10;
  return NaN;
}
export const countOf = (h) => h.reduce((a, c) => a + c, 0);

export const cpuTicks = (pid) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(f[11]) + Number(f[12]); // utime + stime, in clock ticks (100/s)
};
export const rssKb = (pid) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]);
export const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** Guest tokens for n visitors (50 at a time). */
export async function guestTokens(url, n) {
  const out = [];
  for (let i = 0; i < n; i += 50) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(50, n - i) }, (_, k) =>
        fetch(`${url}/api/auth/guest`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ displayName: `Pengunjung ${i + k}` }),
        }).then((r) => r.json()),
      ),
    );
    out.push(...batch.map((b) => b.accessToken));
  }
  return out;
}

/**
 * Walking visitors in `workers` child processes (bench/hall-load.mjs --worker). Visitor i connects to
 * urls[i % urls.length]. Returns {connectMs, walk(seconds) → stats, close()}.
 */
export async function startWalkers({ urls, tokens, booths, probeBooths = [], visitors, workers = 2, cpus }) {
  const procs = Array.from({ length: workers }, () =>
    fork(join(root, 'bench/hall-load.mjs'), ['--worker'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
  );
  if (cpus) procs.forEach((p) => pin(p.pid, cpus));
  const ask = (p, msg) =>
    new Promise((resolve, reject) => {
      p.once('message', resolve);
      p.once('exit', (code) => reject(new Error(`walker process exited ${code}`)));
      p.send(msg);
    });
  const shares = procs.map((_, w) =>
    Array.from({ length: visitors }, (_, i) => i).filter((i) => i % workers === w),
  );
  const connected = await Promise.all(
    procs.map((p, w) =>
      ask(p, {
        cmd: 'connect',
        visitors: shares[w].map((i) => ({
          url: urls[i % urls.length],
          node: i % urls.length,
          token: tokens?.[i],
        })),
        booths,
        probeBooths: probeBooths.filter((_, i) => i % workers === w),
      }),
    ),
  );
  const connectMs = connected.flatMap((c) => c.connectMs).sort((a, b) => a - b);
  return {
    connectMs,
    async walk(seconds) {
      const parts = await Promise.all(procs.map((p) => ask(p, { cmd: 'walk', seconds })));
      const all = newHistogram();
      const same = newHistogram();
      const cross = newHistogram();
      const near = newHistogram();
      const occupancy = newHistogram();
      const chat = newHistogram();
      let messages = 0;
      let updates = 0;
      for (const r of parts) {
        mergeHistogram(same, r.same);
        mergeHistogram(cross, r.cross);
        mergeHistogram(near, r.near);
        mergeHistogram(all, r.same);
        mergeHistogram(all, r.cross);
        mergeHistogram(occupancy, r.occupancy);
        mergeHistogram(chat, r.chat);
        messages += r.messages;
        updates += r.updates;
      }
      return {
        all,
        same,
        cross,
        near,
        messages,
        updates,
        occupancy,
        chat,
        enters: parts.reduce((a, r) => a + r.enters, 0),
        probeMissed: parts.reduce((a, r) => a + r.missed, 0),
        chats: parts.reduce((a, r) => a + r.chats, 0),
        generatorCpu: parts.map((r) => r.cpu),
        generatorLoopP99: parts.map((r) => r.loopP99),
      };
    },
    async close() {
      await Promise.all(procs.map((p) => ask(p, { cmd: 'close' }).catch(() => undefined)));
    },
  };
}

/**
 * Pins a process and all its threads to `cpus` (a taskset list such as "1"): on a 2-core box the load
 * generator on one core and the server on the other, so neither's figures include the other's work.
 */
export function pin(pid, cpus) {
  execFileSync('taskset', ['-a', '-p', '-c', String(cpus), String(pid)], { stdio: 'ignore' });
}

/** A TCP port free right now on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The client's bench build (`vite build --mode bench`: the render probes, the naive hall and the untextured
 * switch) into `outDir`, for the server to serve instead of client/dist.
 */
export function buildBenchClient(outDir) {
  const build = spawnSync(
    'npm',
    ['run', 'build', '-w', 'client', '--', '--mode', 'bench', '--outDir', outDir, '--emptyOutDir'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (build.status !== 0) throw new Error(`the client's bench build failed (exit ${build.status})`);
}

/** The profile's busy functions by self time (a quick reading; open the .cpuprofile in Chrome for the tree). */
export function printTopSelfTime(at) {
  // CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile: thread 0 is the main thread (1 is the embedded
  // database's worker).
  const file = readdirSync(at)
    .filter((f) => /\.0\.\d+\.cpuprofile$/.test(f))
    .sort()
    .pop();
  const { nodes, samples, timeDeltas } = JSON.parse(readFileSync(join(at, file), 'utf8'));
  const self = new Map();
  const byId = new Map(nodes.map((n) => [n.id, n]));
  samples.forEach((id, i) => {
    const { callFrame: f } = byId.get(id);
    if (f.functionName === '(idle)') return; // waiting: what the node did is the rest
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  // The whole life of the node: its start-up (and a fresh database's seeding) are in it too.
  console.log(`\nCPU profile ${join(at, file)}: ${(total / 1000).toFixed(1)} s busy`);
  for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`${((100 * ms) / total).toFixed(1).padStart(5)} %  ${k}`);
}
