import type { Role } from '@pameran/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { FairFactory } from './factories/fair.factory';
import { UserFactory } from './factories/user.factory';
import { connectHall, HallClient, next } from './support/hall-client';
import { NodeCluster } from './support/node-cluster';
import { nodeTokens } from './support/node-tokens';
import { RedisProcess } from './support/redis-process';

const SECRET = 'k'.repeat(48);
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Two real server processes sharing PostgreSQL and a private Redis. */
describe('live hall across two nodes', () => {
  const cluster = new NodeCluster({ name: 'hall', secret: SECRET });
  const { nodes, urls } = cluster;
  let db: DataSource;
  let redis: RedisProcess;
  const sockets: HallClient[] = [];
  let slug: string;
  let boothId: string;
  let exhibitorId: string;
  const tokens = nodeTokens(SECRET);

  async function user(role: Role, extra: Record<string, unknown> = {}) {
    const u = await UserFactory.create(db, { role, ...extra });
    return {
      user: u,
      token: tokens.signAccess({
        sub: u.id,
        role,
        name: u.displayName,
        guest: false,
      }),
    };
  }
  async function enterHall(node: number, token: string) {
    const s = await connectHall(urls[node], { token, event: slug });
    sockets.push(s);
    return s;
  }
  beforeAll(async () => {
    ({ db, redis } = await cluster.start());
    const event = await FairFactory.event(db, 'nodes-fair');
    slug = event.slug;
    const made = await FairFactory.booth(db, event.id);
    boothId = made.booth.id;
    exhibitorId = made.exhibitor.id;
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await cluster.stop();
  });

  it('a visitor entering on node A is counted for an observer on node B, and in B’s REST answer', async () => {
    const observer = await enterHall(1, (await user('visitor')).token);
    const visitor = await enterHall(0, (await user('visitor')).token);
    const delta = next(observer, 'occupancy', (p) => p.changes[boothId] === 1);
    expect(await visitor.emitWithAck('booth:enter', { boothId })).toEqual({ ok: true, occupancy: 1 });
    await delta;
    const booths = (await (await fetch(`${urls[1]}/api/events/${slug}/booths`)).json()) as {
      items: { id: string; liveVisitors: number }[];
    };
    expect(booths.items.find((b) => b.id === boothId)!.liveVisitors).toBe(1);
    await visitor.emitWithAck('booth:leave', {});
    await next(observer, 'occupancy', (p) => p.changes[boothId] === 0);
  });

  it('chat crosses nodes, and staff on B see a consenting visitor standing on A', async () => {
    const staff = await user('exhibitor', { exhibitorId });
    const staffSocket = await enterHall(1, staff.token);
    await staffSocket.emitWithAck('booth:enter', { boothId });
    const buyer = await user('buyer', { leadConsent: true, displayName: 'Lintas Node' });
    const visitor = await enterHall(0, buyer.token);
    const seen = next(staffSocket, 'booth:visitors', (v) => v.visitors.some((x) => x.name === 'Lintas Node'));
    await visitor.emitWithAck('booth:enter', { boothId });
    await seen;
    const message = next(staffSocket, 'chat:message', (m) => m.text === 'Halo dari node A');
    const ack = await visitor.emitWithAck('chat:send', {
      boothId,
      text: 'Halo dari node A',
      clientMsgId: randomUUID(),
    });
    expect(ack).toMatchObject({ ok: true });
    await message;
    await visitor.emitWithAck('booth:leave', {});
    await staffSocket.emitWithAck('booth:leave', {});
  });

  it('when node A dies (SIGKILL), its visitors vanish from the counts within 5 s; acknowledged chat survives', async () => {
    const observer = await enterHall(1, (await user('visitor')).token);
    const onA: HallClient[] = [];
    const acked: string[] = [];
    const made = await Promise.all(Array.from({ length: 150 }, () => user('visitor')));
    for (let i = 0; i < made.length; i += 25) {
      const batch = await Promise.all(made.slice(i, i + 25).map((u) => enterHall(0, u.token)));
      await Promise.all(batch.map((s) => s.emitWithAck('booth:enter', { boothId })));
      onA.push(...batch);
    }
    for (const s of onA.slice(0, 10)) {
      const ack = await s.emitWithAck('chat:send', {
        boothId,
        text: `pesan ${acked.length}`,
        clientMsgId: randomUUID(),
      });
      if (ack.ok) acked.push(ack.id);
    }
    await next(observer, 'occupancy', (p) => p.changes[boothId] === 150, 5000).catch(() => undefined);
    const killedAt = Date.now();
    nodes[0].kill();
    await next(observer, 'occupancy', (p) => p.changes[boothId] === 0, 8000);
    const converged = Date.now() - killedAt;
    expect(converged).toBeLessThan(5000 + 500);
    const stored = await db.query('SELECT id FROM chat_message WHERE id = ANY($1)', [acked]);
    expect(stored).toHaveLength(acked.length);
    // They reconnect to the survivor and are counted again.
    await Promise.all(
      onA.slice(0, 20).map(async (s) => {
        const again = await enterHall(1, (s.auth as { token: string }).token);
        await again.emitWithAck('booth:enter', { boothId });
      }),
    );
    await next(observer, 'occupancy', (p) => p.changes[boothId] === 20, 5000);
    console.log(`node death converged in ${converged} ms`);
  });

  it('survives Redis stopping for 15 s; delivery and counts come back after it restarts empty', async () => {
    jest.setTimeout(60_000);
    const observer = await enterHall(1, (await user('visitor')).token);
    const visitor = await enterHall(1, (await user('visitor')).token);
    await visitor.emitWithAck('booth:enter', { boothId });
    const live = async () =>
      (
        (await (await fetch(`${urls[1]}/api/events/${slug}/booths`)).json()) as {
          items: { id: string; liveVisitors: number }[];
        }
      ).items.find((b) => b.id === boothId)!.liveVisitors;
    const before = await live();
    await redis.stop();
    await wait(15_000);
    if (nodes[1].exitCode !== undefined) console.log(nodes[1].output.slice(-20).join('\n'));
    expect(nodes[1].exitCode).toBeUndefined(); // no crash
    await redis.start();
    const restartedAt = Date.now();
    // After the restart Redis is empty; the node republishes its share and broadcasts flow again.
    const recovered = next(observer, 'occupancy', (p) => p.changes[boothId] !== undefined, 8000);
    await recovered;
    const late = await enterHall(1, (await user('visitor')).token);
    const delta = next(observer, 'occupancy', (p) => (p.changes[boothId] ?? 0) > 0, 5000);
    await late.emitWithAck('booth:enter', { boothId });
    await delta;
    expect(Date.now() - restartedAt).toBeLessThan(8000);
    expect(await live()).toBe(before + 1);
  });
});
