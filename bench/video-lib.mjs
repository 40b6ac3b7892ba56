// Set-up shared by the video benchmarks (bench/video-tokens.mjs, bench/video-meetings.mjs): the local LiveKit
// server started by scripts/services/livekit.sh with its webhooks pointed at the app, the built server
// (server/dist) on PostgreSQL with the demo fair, and N online meetings between fresh buyer/exhibitor-staff
// accounts, booked through the API and then moved (one SQL update) so that their slot is running now.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { root, startServer, stopServer } from './lib.mjs';

const livekitSh = join(root, 'scripts/services/livekit.sh');

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
export const ms = (x) => `${x.toFixed(1)} ms`;

/** JSON API calls with a bearer token; throws with the server's message on an error status. */
export function apiClient(url) {
  return async (method, path, { token, body, headers } = {}) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json().catch(() => null);
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${json?.message ?? ''}`);
    return json;
  };
}

/**
 * LiveKit + the app + `meetings` live online meetings. DATABASE_URL must name an empty PostgreSQL database
 * (scripts/services/postgres.sh createdb <dir> <name> prints one). Returns the meetings with their parties'
 * tokens and user objects, the pids to sample, and stop().
 */
export async function startVideoStack({ meetings = 1, slotMinutes = 30, nodeArgs = [] } = {}) {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL (an empty PostgreSQL database) is required');
  const dir = mkdtempSync(join(tmpdir(), 'pameran-video-bench-'));
  const port = await freePort();
  const lkOut = execFileSync('bash', [livekitSh, 'start', dir, String(port)], { encoding: 'utf8' });
  const lkEnv = Object.fromEntries(
    lkOut
      .split('\n')
      .flatMap((l) =>
        /^LIVEKIT_\w+=/.test(l) ? [[l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]] : [],
      ),
  );
  const livekitPid = Number(readFileSync(join(dir, 'livekit.pid'), 'utf8'));
  let server;
  const db = new pg.Client({ connectionString: databaseUrl });
  const stop = async () => {
    await db.end().catch(() => undefined);
    if (server) await stopServer(server);
    execFileSync('bash', [livekitSh, 'stop', dir]);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    server = await startServer(
      {
        PORT: String(port),
        DATA_DIR: dir,
        DATABASE_URL: databaseUrl,
        SEED: 'opop-2020',
        DEMO_LIVE: '1',
        DEMO_CROWD: '0', // no simulated visitors: measure the video path alone
        AUTH_RATE_LIMIT_PER_MIN: '1000000',
        ...(process.env.CLIENT_DIST ? { CLIENT_DIST: process.env.CLIENT_DIST } : {}),
        ...lkEnv,
      },
      { nodeArgs },
    );
    await db.connect();
    const api = apiClient(server.url);
    const { demoOffsetMs } = await api('GET', '/api/events/opop-2020');
    const exhibitors = (
      await db.query(`SELECT id FROM exhibitor WHERE status = 'approved' ORDER BY name LIMIT $1`, [meetings])
    ).rows.map((r) => r.id);
    const booked = [];
    for (const [i, exhibitorId] of exhibitors.entries())
      booked.push(await bookMeeting(api, db, exhibitorId, i));
    // Stored times are read with the demo offset: now (as the server reads it) minus a minute, for the slot.
    const start = new Date(Date.now() - demoOffsetMs - 60_000);
    const end = new Date(start.getTime() + slotMinutes * 60_000);
    const ids = booked.map((m) => m.id);
    await db.query('UPDATE meeting SET starts_at = $1, ends_at = $2 WHERE id = ANY($3)', [start, end, ids]);
    await db.query('UPDATE meeting_participant SET starts_at = $1, ends_at = $2 WHERE meeting_id = ANY($3)', [
      start,
      end,
      ids,
    ]);
    return {
      url: server.url,
      api,
      meetings: booked,
      serverPid: server.proc.pid,
      livekitPid,
      livekit: lkEnv,
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}

async function account(api, role, i, extra = {}) {
  const email = `bench-${role}-${i}-${randomUUID().slice(0, 6)}@example.test`;
  const password = `bench-${randomUUID()}`;
  const body = { email, password, displayName: `Bench ${role} ${i}`, role, ...extra };
  const auth = await api('POST', '/api/auth/register', { body });
  return { email, password, token: auth.accessToken, user: auth.user };
}

/** A buyer asks exhibitor staff for an online meeting; the staff accepts the first free slot. */
async function bookMeeting(api, db, exhibitorId, i) {
  const buyer = await account(api, 'buyer', i, {
    buyerProfile: { type: 'buyer', company: `Bench Co ${i}`, country: 'MY' },
  });
  const staff = await account(api, 'exhibitor', i);
  await db.query('UPDATE app_user SET exhibitor_id = $1 WHERE id = $2', [exhibitorId, staff.user.id]);
  const login = await api('POST', '/api/auth/login', {
    body: { email: staff.email, password: staff.password },
  });
  Object.assign(staff, { token: login.accessToken, user: login.user });
  const request = await api('POST', '/api/meetings/requests', {
    token: buyer.token,
    body: { exhibitorId, mode: 'online' },
    headers: { 'idempotency-key': randomUUID() },
  });
  const slot = (await api('GET', `/api/meetings/requests/${request.id}/slots`, { token: staff.token })).find(
    (s) => s.free,
  );
  if (!slot) throw new Error('no free slot to book');
  const accepted = await api('POST', `/api/meetings/requests/${request.id}/accept`, {
    token: staff.token,
    body: { slotStart: slot.start },
  });
  return { id: accepted.meeting.id, buyer, staff };
}
