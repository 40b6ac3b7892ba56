#!/usr/bin/env node
// Schedule fan-out: N connected clients on one node; time from a transition's instant to the last client
// receiving `schedule:state` (p50/p99 over the clients). Two cases: an organiser control (extend the hall:
// broadcast at the request) and a timed transition (a session moved to start 3 s ahead, fired by the
// timed-effects runner). Usage: node bench/schedule-fanout.mjs [--clients 2000]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { startServer, stopServer } from './lib.mjs';

const N = Number(process.argv[process.argv.indexOf('--clients') + 1]) || 2000;
const dir = mkdtempSync(join(tmpdir(), 'pameran-fanout-'));
const server = await startServer({
  DATA_DIR: dir,
  SEED: 'opop-2020',
  DEMO_LIVE: '1',
  AUTH_RATE_LIMIT_PER_MIN: '1000000',
  HALL_SOCKETS_PER_USER: '100000',
});
const api = (path, opts = {}) =>
  fetch(`${server.url}${path}`, {
    ...opts,
    headers: { 'content-type': 'application/json', ...opts.headers },
  }).then((r) => r.json());
const pct = (xs, p) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

try {
  const password = readFileSync(join(dir, 'demo-accounts.txt'), 'utf8').match(/organiser\s+\S+\s+(\S+)/)[1];
  const { accessToken: organiser } = await api('/api/auth/login', {
    method: 'POST',
    body: JSON.stringify({ email: 'organiser@opop.pameran.test', password }),
  });
  const { accessToken: guest } = await api('/api/auth/guest', {
    method: 'POST',
    body: JSON.stringify({ displayName: 'Penonton' }),
  });
  const clients = [];
  for (let i = 0; i < N; i += 200) {
    await Promise.all(
      Array.from(
        { length: Math.min(200, N - i) },
        () =>
          new Promise((resolve, reject) => {
            const s = io(`${server.url}/hall`, {
              transports: ['websocket'],
              auth: { token: guest, event: 'opop-2020' },
              reconnection: false,
            });
            s.once('connect', resolve);
            s.once('connect_error', reject);
            clients.push(s);
          }),
      ),
    );
  }
  const event = await api('/api/events/opop-2020');
  const sessions = event.days.flatMap((d) => d.sessions);
  const hall = sessions.find((s) => s.kind === 'hall' && s.state === 'live');
  const block = sessions.find((s) => s.kind === 'matching' && s.state === 'scheduled');

  async function measure(label, where, act) {
    const arrivals = [];
    const done = Promise.all(
      clients.map(
        (s) =>
          new Promise((resolve) => {
            const on = (st) =>
              where(st) && (arrivals.push(performance.now()), s.off('schedule:state', on), resolve());
            s.on('schedule:state', on);
          }),
      ),
    );
    const instant = await act();
    const stuck = setTimeout(() => {
      console.log(
        `${label}: not every client heard it within 20 s; server said:\n${server.output().slice(-3000)}`,
      );
      process.exit(1);
    }, 20_000);
    await done;
    clearTimeout(stuck);
    const lags = arrivals.map((t) => t - instant).sort((a, b) => a - b);
    console.log(
      `${label.padEnd(44)} ${N} clients: p50 ${pct(lags, 50).toFixed(0)} ms, p99 ${pct(lags, 99).toFixed(0)} ms, last ${lags.at(-1).toFixed(0)} ms`,
    );
  }

  await measure(
    'organiser extends the live hall (control)',
    (st) => st.sessions.some((s) => s.id === hall.id && s.endsAt !== hall.endsAt),
    async () => {
      const t = performance.now();
      await api(`/api/admin/sessions/${hall.id}/control`, {
        method: 'POST',
        headers: { authorization: `Bearer ${organiser}` },
        body: JSON.stringify({ action: 'extend', minutes: 15 }),
      });
      return t;
    },
  );
  await measure(
    'timed transition (session starts by itself)',
    (st) => st.sessions.some((s) => s.id === block.id && s.state === 'live'),
    async () => {
      const startsAt = Date.now() + 3000;
      // Admin writes use the fair's own timeline; the demo shows it shifted by demoOffsetMs.
      const planned = new Date(startsAt - event.demoOffsetMs).toISOString();
      const patched = await api(`/api/admin/sessions/${block.id}`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${organiser}` },
        body: JSON.stringify({ startsAt: planned }),
      });
      if (!patched.id) throw new Error(`could not move the session: ${JSON.stringify(patched)}`);
      return performance.now() + (startsAt - Date.now());
    },
  );
  clients.forEach((s) => s.close());
} finally {
  await stopServer(server);
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
