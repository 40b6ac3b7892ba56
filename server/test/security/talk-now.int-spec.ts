import type { UserEntity } from '../../src/modules/users/user.entity';
import { FairFactory } from '../factories/fair.factory';
import { signedIn } from '../factories/user.factory';
import { createApp, TestApp } from '../support/create-app';
import { connectHall, HallClient } from '../support/hall-client';
import { LiveKit, startLiveKit } from '../support/livekit-process';

jest.setTimeout(90_000);

const SLUG = 'talk-abuse-fair';

/**
 * Abuse cases against talk now at the booth (docs/security.md, "Talk now at the booth"): who gets a token
 * for a conversation, who may knock, who may answer a booth's knocks, and how often one may knock. Each
 * case first shows the allowed path works, so a missing route cannot pass it.
 */
describe('security: talk now at the booth (real PostgreSQL, real LiveKit)', () => {
  let t: TestApp;
  let lk: LiveKit;
  let slug: string;
  const sockets: HallClient[] = [];
  const booths: Awaited<ReturnType<typeof FairFactory.booth>>[] = [];

  beforeAll(async () => {
    lk = await startLiveKit();
    t = await createApp({
      env: { LIVEKIT_URL: lk.url, LIVEKIT_API_KEY: lk.apiKey, LIVEKIT_API_SECRET: lk.apiSecret },
    });
    const event = await FairFactory.event(t.db, SLUG);
    slug = event.slug;
    // All booths first: the hall caches an event's booth list for half a minute.
    for (let slot = 0; slot < 7; slot++) booths.push(await FairFactory.booth(t.db, event.id, { slot }));
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await t?.close();
    await lk?.stop();
  });

  type Person = { user: UserEntity; token: string };
  const talk = (p: Person, method: string, boothId: string, path = '', body?: object) =>
    t.http.request(method, `/api/booths/${boothId}/talk${path}`, { token: p.token, body });
  async function enter(p: Person, boothId: string) {
    const s = await connectHall(t.url, { token: p.token, event: slug });
    sockets.push(s);
    expect(await s.emitWithAck('booth:enter', { boothId })).toMatchObject({ ok: true });
  }
  async function staffedBooth(slot: number) {
    const { exhibitor, booth } = booths[slot];
    const staff = await signedIn(t, 'exhibitor', { exhibitorId: exhibitor.id });
    await enter(staff, booth.id);
    expect((await talk(staff, 'PUT', booth.id, '/availability', { available: true })).status).toBe(200);
    return { booth, staff };
  }

  it('a stranger cannot get a token for a conversation, nor can a visitor still waiting in the queue', async () => {
    const { booth, staff } = await staffedBooth(0);
    const visitor = await signedIn(t, 'buyer');
    const waiting = await signedIn(t, 'buyer');
    const stranger = await signedIn(t, 'buyer');
    for (const v of [visitor, waiting]) {
      await enter(v, booth.id);
      expect((await talk(v, 'POST', booth.id, '/knock')).status).toBe(200);
    }
    const knocks = (await talk(staff, 'GET', booth.id)).body.staff.knocks;
    await talk(staff, 'POST', booth.id, `/knocks/${knocks[0].knockId}/accept`);
    const id = (await talk(visitor, 'GET', booth.id)).body.visitor.conversation.id;
    expect((await talk(visitor, 'POST', booth.id, `/conversations/${id}/join`)).status).toBe(200);

    expect((await talk(stranger, 'POST', booth.id, `/conversations/${id}/join`)).status).toBe(404);
    expect((await talk(waiting, 'POST', booth.id, `/conversations/${id}/join`)).status).toBe(404);
    // Naming another booth (one the stranger could stand at) does not find the conversation either.
    const other = await staffedBooth(1);
    expect((await talk(stranger, 'POST', other.booth.id, `/conversations/${id}/join`)).status).toBe(410);
  });

  it('a visitor not at the booth cannot knock (the server checks the hall, not the client)', async () => {
    const { booth } = await staffedBooth(2);
    const there = await signedIn(t, 'buyer');
    await enter(there, booth.id);
    expect((await talk(there, 'POST', booth.id, '/knock')).status).toBe(200);

    const away = await signedIn(t, 'buyer');
    const refused = await talk(away, 'POST', booth.id, '/knock');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('talk_not_at_booth');
    const elsewhere = await staffedBooth(3);
    await enter(away, elsewhere.booth.id); // standing at another booth does not count either
    expect((await talk(away, 'POST', booth.id, '/knock')).body.code).toBe('talk_not_at_booth');
  });

  it('staff of another booth cannot see, accept or decline a booth’s knocks, nor switch its availability', async () => {
    const { booth, staff } = await staffedBooth(4);
    const other = await staffedBooth(5);
    const visitor = await signedIn(t, 'buyer');
    await enter(visitor, booth.id);
    await talk(visitor, 'POST', booth.id, '/knock');
    const [knock] = (await talk(staff, 'GET', booth.id)).body.staff.knocks;

    expect((await talk(other.staff, 'GET', booth.id)).body).toMatchObject({ as: 'visitor' });
    for (const step of ['accept', 'decline']) {
      const r = await talk(other.staff, 'POST', booth.id, `/knocks/${knock.knockId}/${step}`);
      expect(r.status).toBe(403);
    }
    expect((await talk(other.staff, 'PUT', booth.id, '/availability', { available: false })).status).toBe(
      403,
    );
    expect((await talk(staff, 'POST', booth.id, `/knocks/${knock.knockId}/accept`)).status).toBe(200);
  });

  it('knocking is rate-limited per person (the shared limiter)', async () => {
    const { booth } = await staffedBooth(6);
    const visitor = await signedIn(t, 'buyer');
    await enter(visitor, booth.id);
    const codes: number[] = [];
    for (let i = 0; i < 8; i++) {
      codes.push((await talk(visitor, 'POST', booth.id, '/knock')).status);
      await talk(visitor, 'DELETE', booth.id, '/knock');
    }
    expect(codes.slice(0, 6)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(codes.slice(6)).toEqual([429, 429]);
  });
});
