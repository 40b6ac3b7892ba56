import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RoomServiceClient, TokenVerifier } from 'livekit-server-sdk';
import { DataSource } from 'typeorm';
import { typeormOptions } from '../src/database/typeorm-options';
import { BuyerProfileEntity, UserEntity } from '../src/modules/users/user.entity';
import { FairFactory } from './factories/fair.factory';
import { UserFactory } from './factories/user.factory';
import { connectHall, HallClient, next } from './support/hall-client';
import { HttpClient } from './support/http';
import { LiveKit, startLiveKit } from './support/livekit-process';
import { NodeProcess } from './support/node-process';
import { nodeTokens } from './support/node-tokens';
import { freePort, RedisProcess } from './support/redis-process';
import { createDatabase } from './support/services';

jest.setTimeout(120_000);

const SECRET = 't'.repeat(48);

/**
 * Talk now across two nodes sharing Redis, with a real LiveKit: staff on node B, visitors on node A. The
 * queue lives in Redis, pushes cross nodes through the hall's adapter, tokens come from the stored state.
 */
describe('talk now at the booth, two nodes (real Redis, real LiveKit)', () => {
  let database: { url: string; drop: () => Promise<void> };
  let db: DataSource;
  let redis: RedisProcess;
  let lk: LiveKit;
  const nodes: NodeProcess[] = [];
  const urls: string[] = [];
  const dirs: string[] = [];
  const sockets: HallClient[] = [];
  const tokens = nodeTokens(SECRET);

  function startNode(i: number) {
    nodes[i] = new NodeProcess({
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      UPLOAD_DIR_SHARED: '1',
      JWT_SECRET: SECRET,
      DATA_DIR: dirs[i],
      SEED: 'none',
      LOG_LEVEL: 'warn',
      LIVEKIT_URL: lk.url,
      LIVEKIT_API_KEY: lk.apiKey,
      LIVEKIT_API_SECRET: lk.apiSecret,
    }).start();
    return nodes[i].ready().then((u) => (urls[i] = u));
  }

  beforeAll(async () => {
    database = await createDatabase();
    redis = await new RedisProcess(await freePort()).start();
    lk = await startLiveKit();
    for (let i = 0; i < 2; i++) dirs.push(mkdtempSync(join(tmpdir(), `pameran-talk${i}-`)));
    await Promise.all([startNode(0), startNode(1)]);
    db = await new DataSource(typeormOptions(database.url, { embedded: false, poolSize: 4 })).initialize();
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await Promise.all(nodes.map((n) => n?.stop()));
    await redis?.stop();
    await lk?.stop();
    await db?.destroy();
    await database?.drop();
    dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  });

  const token = (u: UserEntity) =>
    tokens.signAccess({
      sub: u.id,
      role: u.role,
      name: u.displayName,
      guest: false,
    });
  const api = (node: number, method: string, path: string, u: UserEntity, body?: object) =>
    new HttpClient(urls[node]).request(method, `/api${path}`, { token: token(u), body });
  async function atBooth(node: number, u: UserEntity, slug: string, boothId: string) {
    const s = await connectHall(urls[node], { token: token(u), event: slug });
    sockets.push(s);
    expect(await s.emitWithAck('booth:enter', { boothId })).toMatchObject({ ok: true });
    return s;
  }

  it('a knock on node A reaches staff on node B; accepted, both get tokens for the room; staff leaving ends it', async () => {
    const event = await FairFactory.event(db, 'talk-nodes-fair');
    const { exhibitor, booth } = await FairFactory.booth(db, event.id);
    const staff = await UserFactory.create(db, { role: 'exhibitor', exhibitorId: exhibitor.id });
    const shown = await UserFactory.create(db, { role: 'buyer', leadConsent: true });
    await db.getRepository(BuyerProfileEntity).save({
      userId: shown.id,
      type: 'buyer',
      company: 'PT Rempah Nusantara',
      country: 'ID',
    });
    const privateOne = await UserFactory.create(db, { role: 'buyer', leadConsent: false });
    const base = `/booths/${booth.id}/talk`;

    const staffSocket = await atBooth(1, staff, event.slug, booth.id);
    expect((await api(1, 'PUT', `${base}/availability`, staff, { available: true })).status).toBe(200);

    const shownSocket = await atBooth(0, shown, event.slug, booth.id);
    const privateSocket = await atBooth(0, privateOne, event.slug, booth.id);
    const knocked = next(staffSocket, 'talk:staff', (v) => v.knocks.length === 2, 5000);
    const first = await api(0, 'POST', `${base}/knock`, shown);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ staffAvailable: true, knock: { position: 1 } });
    expect((await api(0, 'POST', `${base}/knock`, privateOne)).body.knock.position).toBe(2);
    const queue = (await knocked).knocks;
    expect(queue.map((k) => [k.name, k.company, k.position])).toEqual([
      [shown.displayName, 'PT Rempah Nusantara', 1],
      [null, null, 2], // no lead consent: staff see "a visitor"
    ]);

    // Staff on node B accept: the visitor on node A is told, the one behind moves up to first.
    const inCall = next(shownSocket, 'talk:visitor', (v) => v.conversation !== null, 5000);
    const movedUp = next(privateSocket, 'talk:visitor', (v) => v.knock?.position === 1, 5000);
    const accepted = await api(1, 'POST', `${base}/knocks/${queue[0].knockId}/accept`, staff);
    expect(accepted.status).toBe(200);
    const conversationId = (await inCall).conversation!.id;
    await movedUp;

    const verifier = new TokenVerifier(lk.apiKey, lk.apiSecret);
    for (const [node, who] of [
      [1, staff],
      [0, shown],
    ] as const) {
      const join = await api(node, 'POST', `${base}/conversations/${conversationId}/join`, who);
      expect(join.status).toBe(200);
      expect(join.body).toMatchObject({ url: lk.url, room: `talk-${conversationId}`, role: 'party' });
      const claims = await verifier.verify(join.body.token);
      expect(claims.sub).toBe(who.id);
      expect(claims.video).toMatchObject({
        room: `talk-${conversationId}`,
        roomJoin: true,
        canPublish: true,
      });
    }
    // The one still waiting is no party to the call.
    expect((await api(0, 'POST', `${base}/conversations/${conversationId}/join`, privateOne)).status).toBe(
      404,
    );
    const rooms = new RoomServiceClient(lk.url.replace('ws', 'http'), lk.apiKey, lk.apiSecret);
    expect((await rooms.listRooms()).map((r) => r.name)).toContain(`talk-${conversationId}`);

    const [lead] = await db.query(
      `SELECT kind, ended_at FROM lead WHERE user_id = $1 AND booth_id = $2 AND kind = 'talk'`,
      [shown.id, booth.id],
    );
    expect(lead).toMatchObject({ kind: 'talk', ended_at: null });

    // Staff leave (their socket on node B closes): the call ends, its room goes, no token is issued any more.
    const ended = next(shownSocket, 'talk:visitor', (v) => v.outcome === 'ended', 8000);
    staffSocket.close();
    expect(await ended).toMatchObject({ conversation: null, staffAvailable: false });
    const after = await api(0, 'POST', `${base}/conversations/${conversationId}/join`, shown);
    expect(after.status).toBe(410);
    expect(after.body.code).toBe('talk_ended');
    expect((await rooms.listRooms()).map((r) => r.name)).not.toContain(`talk-${conversationId}`);
    const [endedLead] = await db.query(`SELECT ended_at FROM lead WHERE user_id = $1 AND kind = 'talk'`, [
      shown.id,
    ]);
    expect(endedLead.ended_at).not.toBeNull();
  });
});
