import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { typeormOptions } from '../src/database/typeorm-options';
import { FairFactory } from './factories/fair.factory';
import { UserFactory } from './factories/user.factory';
import { connectHall, HallClient } from './support/hall-client';
import { NodeProcess } from './support/node-process';
import { nodeTokens } from './support/node-tokens';
import { createDatabase } from './support/services';

const SECRET = 's'.repeat(48);
const WAVES = 4;
const PER_WAVE = 500;
const BATCH = 250;

interface NodeHealth {
  connections: number;
  heapUsedBytes: number;
}

/**
 * A connection storm must not leak: a real server process (started with --expose-gc, so its health
 * endpoint collects before reading the heap) takes waves of sockets that connect, move, enter a booth
 * (one in ten) and drop. After the waves its heap, after a forced GC, is back at the level measured after
 * a warm-up wave (±10 % — a socket kept whole, ~10 KB, would add ~20 MB; bench/connection-storm.mjs runs bigger storms).
 */
describe('connection storm', () => {
  let database: { url: string; drop: () => Promise<void> };
  let db: DataSource;
  let node: NodeProcess;
  let url: string;
  let dir: string;
  let token: string;
  let organiserToken: string;
  let slug: string;
  let boothId: string;

  const health = async () =>
    (await (
      await fetch(`${url}/api/health/node`, { headers: { authorization: `Bearer ${organiserToken}` } })
    ).json()) as NodeHealth;
  const settled = async (): Promise<NodeHealth> => {
    // Disconnects are processed asynchronously; wait until the node has let go of every socket.
    for (let i = 0; i < 100; i++) {
      const h = await health();
      if (h.connections === 0) {
        await new Promise((r) => setTimeout(r, 300));
        return health(); // forced GC inside, and the timers of the last batch have run
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('sockets still connected on the server');
  };

  async function wave(size: number): Promise<void> {
    const sockets: HallClient[] = [];
    for (let i = 0; i < size; i += BATCH) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(BATCH, size - i) }, () => connectHall(url, { token, event: slug })),
      );
      batch.forEach((s, k) => {
        s.emit('move', { x: (k % 40) * 3 - 60, z: 10 + (k % 30) * 3, ry: 0 });
        if (k % 10 === 0) s.emit('booth:enter', { boothId }, () => undefined);
      });
      sockets.push(...batch);
    }
    await new Promise((r) => setTimeout(r, 200)); // moves and enters reach the node
    sockets.forEach((s) => s.close());
  }

  beforeAll(async () => {
    database = await createDatabase();
    dir = mkdtempSync(join(tmpdir(), 'pameran-storm-'));
    node = new NodeProcess({
      DATABASE_URL: database.url,
      JWT_SECRET: SECRET,
      DATA_DIR: dir,
      SEED: 'none',
      LOG_LEVEL: 'warn',
      NODE_OPTIONS: '--expose-gc',
      HALL_SOCKETS_PER_USER: '100000', // one token for the whole storm
    }).start();
    url = await node.ready();
    db = await new DataSource(typeormOptions(database.url, { embedded: false, poolSize: 2 })).initialize();
    const event = await FairFactory.event(db, 'storm-fair');
    slug = event.slug;
    boothId = (await FairFactory.booth(db, event.id)).booth.id;
    const u = await UserFactory.create(db, { role: 'visitor' });
    const tokens = nodeTokens(SECRET);
    token = tokens.signAccess({
      sub: u.id,
      role: 'visitor',
      name: u.displayName,
      guest: false,
    });
    const o = await UserFactory.create(db, { role: 'organiser' });
    organiserToken = tokens.signAccess({
      sub: o.id,
      role: 'organiser',
      name: o.displayName,
      guest: false,
    });
  }, 60_000);

  afterAll(async () => {
    await node?.stop();
    await db?.destroy();
    await database?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(`gives back the heap of ${WAVES} × ${PER_WAVE} connections that came and went`, async () => {
    const started = Date.now();
    await wave(PER_WAVE / 2); // warm-up: JIT, pools and caches settle at their working size
    const baseline = await settled();
    let peak = 0;
    for (let w = 0; w < WAVES; w++) {
      await wave(PER_WAVE);
      peak = Math.max(peak, (await health()).heapUsedBytes);
    }
    const after = await settled();
    const mb = (b: number) => `${(b / 2 ** 20).toFixed(1)} MB`;
    // Shown in the test output so a drift is visible before it fails.
    console.log(
      `storm heap: baseline ${mb(baseline.heapUsedBytes)}, highest between waves ${mb(peak)}, after ${mb(after.heapUsedBytes)} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    expect(after.connections).toBe(0);
    expect(after.heapUsedBytes).toBeLessThanOrEqual(baseline.heapUsedBytes * 1.1);
  }, 60_000);
});
