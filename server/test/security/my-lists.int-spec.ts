import { randomUUID } from 'node:crypto';
import { TokenVerifier } from 'livekit-server-sdk';
import type { EventEntity } from '../../src/modules/events/event.entity';
import { MembershipService } from '../../src/modules/memberships';
import { FairFactory } from '../factories/fair.factory';
import { MatchingFactory } from '../factories/matching.factory';
import { StageFactory } from '../factories/stage.factory';
import { bareAccount } from '../factories/user.factory';
import { createApp, TestApp } from '../support/create-app';
import { LiveKit, startLiveKit } from '../support/livekit-process';

jest.setTimeout(90_000);

const MINUTE = 60_000;
type Person = Awaited<ReturnType<typeof MatchingFactory.person>>;
type Booth = Awaited<ReturnType<typeof MatchingFactory.exhibitor>>;

/**
 * A person's own lists and creations that name no fair (docs/security.md, "My meetings, requests and deals";
 * docs/decisions/0031-my-lists-across-fairs.md): fair A's organiser and staff cannot act on fair B's records
 * through them, as an organiser or as an exhibitor.
 */
describe('security: my lists and creations stay in the caller’s fairs (real PostgreSQL, real LiveKit)', () => {
  let t: TestApp;
  let lk: LiveKit;
  let a: EventEntity;
  let b: EventEntity;
  let organiserA: Person;
  let staffA: Booth;
  let staffB: Booth;
  let buyer: Person;

  beforeAll(async () => {
    lk = await startLiveKit();
    t = await createApp({
      env: { LIVEKIT_URL: lk.url, LIVEKIT_API_KEY: lk.apiKey, LIVEKIT_API_SECRET: lk.apiSecret },
    });
    a = await FairFactory.event(t.db, 'lists-a');
    b = await FairFactory.event(t.db, 'lists-b');
    staffA = await MatchingFactory.exhibitor(t, a.id);
    staffB = await MatchingFactory.exhibitor(t, b.id);
    buyer = await MatchingFactory.buyer(t);
    organiserA = await bareAccount(t, 'organiser');
    await t.app
      .get(MembershipService)
      .grant({ userId: organiserA.user.id, eventId: a.id, role: 'organiser' });
  });
  afterAll(async () => {
    await t?.close();
    await lk?.stop();
  });

  /** A buyer's pending request to an exhibitor. */
  const ask = async (x: Booth) => {
    const res = await t.http.request('POST', '/api/meetings/requests', {
      token: buyer.token,
      body: { exhibitorId: x.exhibitor.id, message: 'Kami tertarik' },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };

  it('A’s organiser lists every meeting request of A only, and only by naming A', async () => {
    const inA = await ask(staffA);
    const inB = await ask(staffB);
    const all = (q: string) => t.http.get(`/api/meetings/requests?side=all${q}`, organiserA.token);
    const unnamed = await all('');
    expect(unnamed.status).toBe(403);
    expect(JSON.stringify(unnamed.body)).not.toContain(inB);
    expect((await all(`&event=${b.slug}`)).status).toBe(403);
    const own = await all(`&event=${a.slug}`);
    expect(own.status).toBe(200);
    expect(own.body.items.map((r: { id: string }) => r.id)).toEqual([inA]);
  });

  it('A’s staff cannot record a deal as B’s exhibitor by naming it', async () => {
    const res = await t.http.post(
      '/api/deals',
      {
        exhibitorId: staffB.exhibitor.id,
        buyerId: buyer.user.id,
        value: 5_000_000,
        status: 'po',
        note: 'Kontrak',
      },
      staffA.staff.token,
    );
    expect(res.status).toBe(403);
    const [{ n }] = await t.db.query('SELECT count(*)::int AS n FROM deal WHERE recorded_by_user = $1', [
      staffA.staff.user.id,
    ]);
    expect(n).toBe(0);
  });

  it('A’s organiser cannot watch B’s online meeting as a hidden observer', async () => {
    const startsAt = new Date(Date.now() - 5 * MINUTE);
    const [request] = await t.db.query(
      `INSERT INTO meeting_request (event_id, exhibitor_id, requester_id, status, expires_at)
       VALUES ($1, $2, $3, 'accepted', now() + interval '1 day') RETURNING id`,
      [b.id, staffB.exhibitor.id, buyer.user.id],
    );
    const [meeting] = await t.db.query(
      `INSERT INTO meeting (event_id, request_id, exhibitor_id, starts_at, ends_at, mode, status)
       VALUES ($1, $2, $3, $4, $5, 'online', 'live') RETURNING id`,
      [b.id, request.id, staffB.exhibitor.id, startsAt, new Date(startsAt.getTime() + 20 * MINUTE)],
    );
    const join = (p: Person) => t.http.post(`/api/meetings/${meeting.id}/join`, {}, p.token);
    const watched = await join(organiserA);
    expect(watched.status).toBe(404);
    expect(watched.body.token).toBeUndefined();
    // B's own staff still join it as a party.
    const party = await join(staffB.staff);
    expect(party.status).toBe(200);
    const grant = await new TokenVerifier(lk.apiKey, lk.apiSecret).verify(party.body.token);
    expect(grant.video?.canPublish).toBe(true);
  });

  it('A’s organiser takes no unseated place at B’s full stage', async () => {
    const session = await StageFactory.session(t.db, b);
    await t.db.query('INSERT INTO stage_setting (session_id, viewer_capacity) VALUES ($1, 1)', [session.id]);
    const join = (p: Person) => t.http.post(`/api/stage/${session.id}/join`, {}, p.token);
    expect((await join(buyer)).status).toBe(200);
    const organiser = await join(organiserA);
    expect(organiser.status).toBe(409);
    expect(organiser.body.code).toBe('stage_full');
  });
});
