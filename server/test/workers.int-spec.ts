import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { typeormOptions } from '../src/database/typeorm-options';
import { FairFactory } from './factories/fair.factory';
import { UserFactory } from './factories/user.factory';
import { connectHall, HallClient, next } from './support/hall-client';
import { NodeProcess } from './support/node-process';
import { nodeTokens } from './support/node-tokens';
import { freePort, RedisProcess } from './support/redis-process';
import { createDatabase } from './support/services';

jest.setTimeout(120_000);

const SECRET = 'w'.repeat(48);
/** Where each presence node registers (modules/presence/redis-presence.store.ts). */
const PRESENCE_REGISTRY = 'pameran:nodes';
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const workerPids = (node: NodeProcess) =>
  node.output.flatMap((l) => [...l.matchAll(/worker (\d+) \(pid (\d+)\) ready/g)]).map((m) => Number(m[2]));

/** `WORKERS=2 npm start`: one primary, two workers on one port, sharing Redis and PostgreSQL. */
describe('WORKERS=2 on one machine', () => {
  let database: { url: string; drop: () => Promise<void> };
  let db: DataSource;
  let redis: RedisProcess;
  let node: NodeProcess;
  let url: string;
  let dir: string;
  let metricsPort: number;
  const sockets: HallClient[] = [];
  const tokens = nodeTokens(SECRET);
  const sign = (u: { id: string; role: 'visitor' | 'organiser'; displayName: string }) =>
    tokens.signAccess({ sub: u.id, role: u.role, name: u.displayName, guest: false });

  beforeAll(async () => {
    database = await createDatabase();
    redis = await new RedisProcess(await freePort()).start();
    dir = mkdtempSync(join(tmpdir(), 'pameran-workers-'));
    metricsPort = await freePort();
    node = new NodeProcess({
      METRICS_PORT: String(metricsPort),
      WORKERS: '2',
      PORT: String(await freePort()),
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      UPLOAD_DIR_SHARED: '1',
      JWT_SECRET: SECRET,
      DATA_DIR: dir,
      SEED: 'none',
      LOG_LEVEL: 'warn',
      DRAIN_SECONDS: '2',
      DB_POOL_TOTAL: '9',
    }).start();
    url = await node.ready();
    db = await new DataSource(typeormOptions(database.url, { embedded: false, poolSize: 4 })).initialize();
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await node?.stop();
    await db?.destroy();
    await database?.drop();
    await redis?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('sizes the pools, serves HTTP and the hall from both workers, runs a timed effect once, replaces a dead worker and drains on SIGTERM', async () => {
    expect(node.output.join('\n')).toMatch(
      /2 workers, 4 database connections each \(8 of 9, DB_POOL_TOTAL\)/,
    );
    expect(workerPids(node)).toHaveLength(2);
    for (let i = 0; i < 6; i++) expect((await fetch(`${url}/api/health`)).status).toBe(200);

    // Presence is one count across the workers: visitors land on both (the primary deals connections
    // round-robin), and an observer on either sees them all.
    const event = await FairFactory.event(db, 'workers-fair');
    const { booth } = await FairFactory.booth(db, event.id);
    const [day] = await db.query('SELECT id FROM event_day WHERE event_id = $1', [event.id]);
    const organiser = await UserFactory.create(db, { role: 'organiser' });
    const observer = await connectHall(url, { token: sign(organiser as never), event: event.slug });
    sockets.push(observer);
    const counted = next(observer, 'occupancy', (p) => p.changes[booth.id] === 10, 8000);
    const live = [0, 0, 0, 0];
    for (let i = 0; i < 10; i++) {
      const v = await UserFactory.create(db, { role: 'visitor' });
      const s = await connectHall(url, { token: sign(v as never), event: event.slug });
      sockets.push(s);
      if (i < live.length)
        s.on(
          'schedule:state',
          (st) => st.sessions.some((x) => x.kind === 'stage' && x.state === 'live') && live[i]++,
        );
      expect(await s.emitWithAck('booth:enter', { boothId: booth.id })).toMatchObject({ ok: true });
    }
    await counted;
    // One scrape of the primary's admin port sums both workers: 11 sockets passed the handshake.
    const scrape = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    expect(Number(/^pameran_hall_connects_total (\d+)/m.exec(scrape)?.[1])).toBe(11);
    const probe = new Redis(redis.url);
    expect(await probe.scard(PRESENCE_REGISTRY)).toBe(2); // each worker is a presence node of its own
    probe.disconnect();

    // A stage session starting in 2 s: claimed by one worker, heard once by every client on both.
    const startsAt = new Date(Date.now() + 2000);
    const created = await fetch(`${url}/api/admin/events/${event.slug}/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${sign(organiser as never)}` },
      body: JSON.stringify({
        dayId: day.id,
        kind: 'stage',
        title: { id: 'Pembukaan', en: 'Opening' },
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
      }),
    });
    expect(created.status).toBe(201);
    await wait(4500);
    expect(live).toEqual([1, 1, 1, 1]);
    const [{ runs }] = await db.query(
      `SELECT count(*)::int AS runs FROM timed_effect WHERE kind = 'session.transition' AND done_at IS NOT NULL AND subject_id = $1`,
      [((await created.json()) as { id: string }).id],
    );
    expect(runs).toBe(1);

    // A worker that dies is replaced, and the port keeps answering meanwhile.
    const [first] = workerPids(node);
    process.kill(first, 'SIGKILL');
    const deadline = Date.now() + 60_000;
    while (workerPids(node).length < 3 && Date.now() < deadline) {
      expect((await fetch(`${url}/api/health`)).status).toBe(200);
      await wait(200);
    }
    expect(workerPids(node)).toHaveLength(3);
    expect(node.output.join('\n')).toMatch(/worker \d \(pid \d+\) exited \(SIGKILL\); a new one/);

    // SIGTERM to the primary: the workers drain, then everything exits cleanly.
    sockets.forEach((s) => s.close());
    await node.stop();
    expect(node.exitCode).toBe(0);
    for (const pid of workerPids(node)) expect(() => process.kill(pid, 0)).toThrow();
  });
});
