import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { BuyerProfileEntity, UserEntity } from '../src/modules/users/user.entity';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import { UserFactory } from './factories/user.factory';
import { Balancer } from './support/balancer';
import { NodeCluster } from './support/node-cluster';
import { nodeTokens } from './support/node-tokens';
import { RoamingVisitor } from './support/roaming-visitor';

jest.setTimeout(180_000);

const SECRET = 'r'.repeat(48);
const VISITORS = 300;
const BOOTHS = 10;
const BOOKINGS = 50;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const began = Date.now();
/** Progress on stderr as it happens (a slow phase is visible when the spec runs long). */
const phase = (what: string) => process.stderr.write(`[rolling ${Date.now() - began} ms] ${what}\n`);

/**
 * A rolling deploy (docs/operations.md): two real nodes behind a load balancer, 300 visitors chatting at
 * their booths and 50 meeting bookings on their way; each node in turn gets SIGTERM, drains and starts
 * again. Nobody is lost: every acknowledged message and booking is stored, the booth counts are right
 * again within 5 s, no stay at a booth became two visits, and every announcement reached everyone.
 */
describe('rolling restart of two nodes under load', () => {
  const cluster = new NodeCluster({
    name: 'roll',
    secret: SECRET,
    fixedPorts: true,
    env: { DRAIN_SECONDS: '4' },
  });
  const { nodes } = cluster;
  let db: DataSource;
  let balancer: Balancer;
  let url: string;
  const visitors: RoamingVisitor[] = [];
  const tokens = nodeTokens(SECRET);
  const sign = (u: { id: string; role: 'visitor' | 'organiser' | 'buyer'; displayName: string }) =>
    tokens.signAccess({ sub: u.id, role: u.role, name: u.displayName, guest: false });

  /** A request through the balancer, tried again (same body, same idempotency key) while nodes restart. */
  async function post(path: string, token: string, body: unknown, key?: string): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await fetch(`${url}${path}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${token}`,
            ...(key ? { 'idempotency-key': key } : {}),
          },
          body: JSON.stringify(body),
        });
        if (res.status < 500 || attempt >= 30) return res;
      } catch (err) {
        if (attempt >= 30) throw err;
      }
      await wait(200);
    }
  }

  beforeAll(async () => {
    ({ db } = await cluster.start());
    phase('nodes up');
    balancer = new Balancer(cluster.ports);
    url = await balancer.start();
  });
  afterAll(async () => {
    visitors.forEach((v) => v.close());
    await balancer?.stop();
    await cluster.stop();
  });

  it('loses no acknowledged message or booking, no count, no visit and no announcement', async () => {
    const event = await FairFactory.event(db, 'rolling-fair');
    await MatchingFactory.block(db, event);
    const booths: Awaited<ReturnType<typeof FairFactory.booth>>[] = [];
    for (let i = 0; i < BOOTHS; i++) booths.push(await FairFactory.booth(db, event.id, { slot: i }));
    const organiser = await UserFactory.create(db, { role: 'organiser' });
    const organiserToken = sign(organiser as never);
    const buyers = [];
    for (let i = 0; i < BOOKINGS; i++) {
      const buyer = await UserFactory.create(db, { role: 'buyer' });
      await db.getRepository(BuyerProfileEntity).save({
        userId: buyer.id,
        type: 'buyer',
        company: `Buyer ${i}`,
        country: 'MY',
      });
      buyers.push(buyer);
    }

    // 300 visitors through the balancer (so half on each node), 30 at each booth.
    const people = await db.getRepository(UserEntity).save(
      Array.from({ length: VISITORS }, (_, i) => ({
        email: `roaming-${i}@example.test`,
        displayName: `Pengunjung ${i}`,
        role: 'visitor' as const,
        isGuest: false,
        passwordHash: null,
      })),
      { chunk: 100 },
    );
    phase('fixtures made');
    for (let i = 0; i < VISITORS; i += 50) {
      const batch = [];
      for (let j = i; j < Math.min(VISITORS, i + 50); j++) {
        const v = new RoamingVisitor(url, sign(people[j] as never), event.slug, booths[j % BOOTHS].booth.id);
        visitors.push(v);
        batch.push(v.entered);
      }
      await Promise.all(batch);
    }

    phase('visitors at their booths');
    // Chat: every visitor says something about every 5 s (60 messages a second), until told to stop.
    let chatting = true;
    const chats = visitors.map(async (v, i) => {
      await wait((i * 17) % 5000);
      for (let n = 0; chatting; n++) {
        await v.chat(`Pesan ${n} dari pengunjung ${i}`);
        await wait(4500 + Math.random() * 1000);
      }
    });
    // Bookings: one every 400 ms across the restarts, each retried with its idempotency key.
    const booked: string[] = [];
    const bookings = buyers.map(async (buyer, i) => {
      await wait(i * 400);
      const res = await post(
        '/api/meetings/requests',
        sign(buyer as never),
        { exhibitorId: booths[i % BOOTHS].exhibitor.id, message: `Permintaan ${i}` },
        randomUUID(),
      );
      expect(res.status).toBe(201);
      booked.push(((await res.json()) as { id: string }).id);
    });
    const announced: string[] = [];
    const announce = async (text: string) => {
      const res = await post(`/api/admin/events/${event.slug}/announcements`, organiserToken, { text });
      expect(res.status).toBe(201);
      announced.push(((await res.json()) as { id: string }).id);
    };

    // The counts: 30 at every booth, within 5 s (each visitor moved once its node stopped).
    const expected = Object.fromEntries(booths.map((b) => [b.booth.id, VISITORS / BOOTHS]));
    const observer = new RoamingVisitor(url, organiserToken, event.slug);
    visitors.push(observer);
    await observer.entered;
    // Within 5 s of the visitors being back (their reconnects are spread over the drain's hint window).
    const countsRightWithin5s = async (when: string) => {
      const left = Date.now();
      while (!visitors.every((v) => v.socket.connected) && Date.now() - left < 30_000) await wait(100);
      phase(`every visitor reconnected ${Date.now() - left} ms after the node exited`);
      const since = Date.now();
      const right = () => booths.every((b) => observer.occupancy[b.booth.id] === expected[b.booth.id]);
      while (!right() && Date.now() - since < 5000) await wait(100);
      expect(observer.occupancy).toMatchObject(expected);
      phase(`counts right ${when}, ${Date.now() - since} ms later`);
    };

    await announce('Selamat datang di pameran');
    await wait(2000);
    for (const i of [0, 1]) {
      phase(`SIGTERM to node ${i}`);
      const sent = Date.now();
      const stopping = nodes[i]
        .stop()
        .then(() => phase(`node ${i} exited ${Date.now() - sent} ms after SIGTERM`));
      await wait(300);
      await announce(`Pengumuman saat node ${i} dimatikan`); // published while the node drains
      await stopping;
      if (nodes[i].exitCode !== 0) console.error(nodes[i].output.slice(-30).join('\n'));
      expect(nodes[i].exitCode).toBe(0);
      await countsRightWithin5s(`with node ${i} gone`);
      await announce(`Pengumuman saat node ${i} mati`); // published while only the other node runs
      phase(`node ${i} exited; starting it again`);
      await cluster.startNode(i);
      phase(`node ${i} is back`);
      await wait(1000);
    }
    await countsRightWithin5s('after both restarts');

    chatting = false;
    await Promise.all([...chats, ...bookings]);
    phase(`chat stopped; ${booked.length} bookings made`);

    // Every acknowledged chat message and booking is in PostgreSQL.
    const acked = visitors.flatMap((v) => v.acked);
    expect(acked.length).toBeGreaterThan(VISITORS);
    const [{ stored }] = await db.query(
      'SELECT count(*)::int AS stored FROM chat_message WHERE id = ANY($1::uuid[])',
      [acked],
    );
    expect(stored).toBe(acked.length);
    expect(booked).toHaveLength(BOOKINGS);
    const [{ requests }] = await db.query(
      'SELECT count(*)::int AS requests FROM meeting_request WHERE id = ANY($1::uuid[])',
      [booked],
    );
    expect(requests).toBe(BOOKINGS);

    // Every announcement reached every visitor (and the observer), live or on reconnecting.
    for (const v of visitors) expect([...v.announcements].sort()).toEqual([...announced].sort());
    // Every visitor moved at least once (one of the two nodes drained under it).
    expect(visitors.every((v) => v.connects >= 2)).toBe(true);

    // One stay at a booth is one visit, whichever nodes it spent its time on.
    await wait(2500); // the visit recorder writes every second
    const visits = await db.query(
      `SELECT user_id, booth_id, count(*)::int AS n FROM lead WHERE kind = 'visit' GROUP BY 1, 2`,
    );
    expect(visits).toHaveLength(VISITORS);
    expect(visits.filter((r: { n: number }) => r.n > 1)).toEqual([]);
    const [{ open }] = await db.query(
      `SELECT count(*)::int AS open FROM lead WHERE kind = 'visit' AND ended_at IS NULL`,
    );
    console.log(`${acked.length} messages acknowledged, ${open} of ${VISITORS} visits open`);
  });
});
