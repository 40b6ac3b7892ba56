import { randomUUID } from 'node:crypto';
import { MembershipService } from '../src/modules/memberships';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import { createApp, TestApp } from './support/create-app';

jest.setTimeout(90_000);

type Person = Awaited<ReturnType<typeof MatchingFactory.person>>;
type Booth = Awaited<ReturnType<typeof MatchingFactory.exhibitor>>;
interface Side {
  slug: string;
  eventId: string;
  mine: Booth;
  /** Another exhibitor of the same fair, not the person's. */
  other: Booth;
  /** Met `mine` two hours ago (one buyer per fair: nobody sits in two meetings at once). */
  buyer: Person;
  meetingId: string;
  otherMeetingId: string;
}

/**
 * One person, staff of X in fair A and of Y in fair B, with no exhibitor on their account (its legacy
 * column goes away): their meetings, requests, deals and calendar come from their memberships, in every
 * fair or in the one `?event=` names (docs/decisions/0031-my-lists-across-fairs.md).
 */
describe('my meetings, requests and deals across fairs (real PostgreSQL)', () => {
  let t: TestApp;
  let person: Person;
  let a: Side;
  let b: Side;

  const side = async (slug: string, endsInDays: number): Promise<Side> => {
    const event = await FairFactory.event(t.db, slug);
    await t.db.query(`UPDATE event SET ends_on = current_date + $2::int WHERE id = $1`, [
      event.id,
      endsInDays,
    ]);
    await MatchingFactory.block(t.db, event, { inMinutes: 60 });
    const mine = await MatchingFactory.exhibitor(t, event.id, { slot: 0 });
    const other = await MatchingFactory.exhibitor(t, event.id, { slot: 1 });
    await t.app.get(MembershipService).grant({
      userId: person.user.id,
      eventId: event.id,
      role: 'exhibitor',
      exhibitorId: mine.exhibitor.id,
    });
    const buyer = await MatchingFactory.buyer(t);
    const held = (x: Booth, who: Person) =>
      MatchingFactory.heldMeeting(t.db, event.id, x.exhibitor.id, who.user.id);
    return {
      slug,
      eventId: event.id,
      mine,
      other,
      buyer,
      meetingId: await held(mine, buyer),
      otherMeetingId: await held(other, await MatchingFactory.buyer(t)),
    };
  };

  beforeAll(async () => {
    t = await createApp();
    person = await MatchingFactory.person(t, 'exhibitor');
    a = await side('fair-a', 1);
    b = await side('fair-b', 2);
  });
  afterAll(() => t.close());

  const ids = (body: { items: { id: string }[] }) => body.items.map((x) => x.id).sort();
  const ask = async (s: Side) => {
    const res = await t.http.request('POST', '/api/meetings/requests', {
      token: s.buyer.token,
      body: { exhibitorId: s.mine.exhibitor.id, message: `Halo ${s.slug}` },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };

  it('lists both fairs’ meetings, and only A’s with ?event=A', async () => {
    const all = await t.http.get('/api/meetings', person.token);
    expect(all.status).toBe(200);
    expect(ids(all.body)).toEqual([a.meetingId, b.meetingId].sort());
    const onlyA = await t.http.get(`/api/meetings?event=${a.slug}`, person.token);
    expect(ids(onlyA.body)).toEqual([a.meetingId]);
    // The buyer's side reads the same way: every fair, or the one named.
    expect(ids((await t.http.get('/api/meetings', b.buyer.token)).body)).toEqual([b.meetingId]);
    expect(ids((await t.http.get(`/api/meetings?event=${a.slug}`, b.buyer.token)).body)).toEqual([]);
  });

  it('sees both fairs’ incoming requests, answers each as the fair’s exhibitor, and names the fair in the bell', async () => {
    const inA = await ask(a);
    const inB = await ask(b);
    const incoming = await t.http.get('/api/meetings/requests?side=incoming&status=pending', person.token);
    expect(incoming.status).toBe(200);
    expect(ids(incoming.body)).toEqual([inA, inB].sort());
    const onlyB = await t.http.get(
      `/api/meetings/requests?side=incoming&status=pending&event=${b.slug}`,
      person.token,
    );
    expect(ids(onlyB.body)).toEqual([inB]);
    for (const id of [inA, inB]) {
      const declined = await t.http.post(
        `/api/meetings/requests/${id}/decline`,
        { reason: 'Penuh' },
        person.token,
      );
      expect(declined.status).toBe(200);
      expect(declined.body.status).toBe('declined');
    }
    const bells: { event_id: string; kind: string }[] = await t.db.query(
      `SELECT event_id, kind FROM notification WHERE user_id = ANY($1) AND kind LIKE 'request_%' ORDER BY created_at`,
      [[person.user.id, a.buyer.user.id, b.buyer.user.id]],
    );
    expect(bells.map((n) => [n.kind, n.event_id])).toEqual([
      ['request_new', a.eventId],
      ['request_new', b.eventId],
      ['request_declined', a.eventId],
      ['request_declined', b.eventId],
    ]);
  });

  it('records a deal as X in A (named) and as Y in B (through its meeting), and lists them by fair', async () => {
    const inA = await t.http.post(
      '/api/deals',
      {
        exhibitorId: a.mine.exhibitor.id,
        buyerId: a.buyer.user.id,
        value: 10_000_000,
        status: 'po',
        note: 'PO A',
      },
      person.token,
    );
    expect(inA.status).toBe(201);
    expect(inA.body.exhibitor.id).toBe(a.mine.exhibitor.id);
    const inB = await t.http.post(
      '/api/deals',
      { buyerId: b.buyer.user.id, meetingId: b.meetingId, value: 20_000_000, status: 'po' },
      person.token,
    );
    expect(inB.status).toBe(201);
    expect(inB.body.exhibitor.id).toBe(b.mine.exhibitor.id);
    const [dealA, dealB] = [inA.body.id as string, inB.body.id as string];
    // Staff of two exhibitors who name neither the exhibitor nor a meeting are asked which one.
    const unnamed = await t.http.post(
      '/api/deals',
      { buyerId: a.buyer.user.id, value: 1_000_000, status: 'po', note: 'Siapa?' },
      person.token,
    );
    expect(unnamed.status).toBe(422);
    expect(JSON.stringify(unnamed.body)).toContain('exhibitorId');
    expect(
      (await t.http.get('/api/deals', person.token)).body.items.map((d: { id: string }) => d.id).sort(),
    ).toEqual([dealA, dealB].sort());
    expect(ids((await t.http.get(`/api/deals?event=${a.slug}`, person.token)).body)).toEqual([dealA]);
    expect(ids((await t.http.get(`/api/deals?event=${b.slug}`, b.buyer.token)).body)).toEqual([dealB]);
    const told: { event_id: string }[] = await t.db.query(
      `SELECT event_id FROM notification WHERE user_id = ANY($1) AND kind = 'deal_to_confirm' ORDER BY created_at`,
      [[a.buyer.user.id, b.buyer.user.id]],
    );
    expect(told.map((n) => n.event_id)).toEqual([a.eventId, b.eventId]);
  });

  it('the calendar feed carries both fairs’ meetings', async () => {
    const link = await t.http.get('/api/me/calendar-feed', person.token);
    expect(link.status).toBe(200);
    const feed = await t.http.get(link.body.path as string);
    expect(feed.status).toBe(200);
    const uids = [...String(feed.body).matchAll(/^UID:(.*)@pameran\r?$/gm)].map((m) => m[1]).sort();
    expect(uids).toEqual([a.meetingId, b.meetingId].sort());
    expect(String(feed.body)).toContain(`Business matching: Company ${a.buyer.user.displayName}`);
  });

  it('suggests buyers to the staff without ?event= (their latest fair) and with it', async () => {
    const latest = await t.http.get('/api/matching/suggestions', person.token);
    expect(latest.status).toBe(200);
    expect(latest.body.kind).toBe('buyers');
    const inA = await t.http.get(`/api/matching/suggestions?event=${a.slug}`, person.token);
    expect(inA.status).toBe(200);
    expect(inA.body.kind).toBe('buyers');
  });
});
