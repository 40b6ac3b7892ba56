import { DataSource } from 'typeorm';
import { EventEntity } from '../src/modules/events/event.entity';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import { createApp, TestApp } from './support/create-app';

jest.setTimeout(60_000);

const HOUR = 3_600_000;

/** A request from `buyerIds[0]` (the others join its side), and its meeting when `status` is given. */
async function request(
  db: DataSource,
  eventId: string,
  exhibitorId: string,
  buyerIds: string[],
  status: 'pending' | 'declined' | 'accepted',
  meeting?: { status: 'held' | 'scheduled' | 'cancelled'; hoursAgo: number },
): Promise<string | null> {
  const [r] = await db.query(
    `INSERT INTO meeting_request (event_id, exhibitor_id, requester_id, attendee_ids, status, decline_reason, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, now() + interval '1 day') RETURNING id`,
    [eventId, exhibitorId, buyerIds[0], buyerIds.slice(1), status, status === 'declined' ? 'Penuh' : null],
  );
  if (!meeting) return null;
  const startsAt = new Date(Date.now() - meeting.hoursAgo * HOUR);
  const endsAt = new Date(startsAt.getTime() + HOUR / 3);
  const [m] = await db.query(
    `INSERT INTO meeting (event_id, request_id, exhibitor_id, starts_at, ends_at, mode, status)
     VALUES ($1, $2, $3, $4, $5, 'online', $6) RETURNING id`,
    [eventId, r.id, exhibitorId, startsAt, endsAt, meeting.status],
  );
  for (const userId of buyerIds) {
    await db.query(
      `INSERT INTO meeting_participant (meeting_id, user_id, side, starts_at, ends_at, cancelled)
       VALUES ($1, $2, 'buyer', $3, $4, $5)`,
      [m.id, userId, startsAt, endsAt, meeting.status === 'cancelled'],
    );
  }
  return m.id as string;
}

/** A deal naming a meeting, confirmed by both parties, in the given verification state. */
async function deal(
  db: DataSource,
  eventId: string,
  exhibitorId: string,
  buyerId: string,
  meetingId: string,
  verification: 'verified' | 'claimed' | 'rejected',
) {
  await db.query(
    `INSERT INTO deal (event_id, exhibitor_id, buyer_id, meeting_id, value, status, recorded_by, recorded_by_user,
                       confirmed_at, verification, rejection_reason)
     VALUES ($1, $2, $3, $4, 50000000, 'po', 'buyer', $3, now(), $5, $6)`,
    [
      eventId,
      exhibitorId,
      buyerId,
      meetingId,
      verification,
      verification === 'rejected' ? 'Tidak wajar' : null,
    ],
  );
}

describe('the funnel from request to deal (real PostgreSQL)', () => {
  let t: TestApp;
  let event: EventEntity;

  beforeAll(async () => {
    t = await createApp();
    event = await FairFactory.event(t.db, 'funnel-fair');
  });
  afterAll(() => t.close());

  it('counts a small fair by hand: in total, by category and region, with step rates; each exhibitor sees its own', async () => {
    const a = await MatchingFactory.exhibitor(t, event.id, { slot: 1, category: 'makanan' });
    const b = await MatchingFactory.exhibitor(t, event.id, { slot: 2, category: 'minuman' });
    await t.db.query(`UPDATE exhibitor SET region = 'kota-bandung' WHERE id = $1`, [b.exhibitor.id]);
    const [u1, u2, u3, u4, u5, u6, u7] = await Promise.all(
      Array.from({ length: 7 }, () => MatchingFactory.buyer(t)),
    );
    const put = (token: string, meetingId: string, outcome: string) =>
      t.http.request('PUT', `/api/meeting-outcomes/${meetingId}`, { token, body: { outcome, rating: 3 } });
    const A = a.exhibitor.id;
    const B = b.exhibitor.id;

    // Exhibitor A (makanan, kabupaten-garut): 4 requests.
    await request(t.db, event.id, A, [u1.user.id], 'declined');
    // Held with two buyers on one side (counts once); the sides disagree (agreement vs no fit): a follow-up.
    const m2 = (await request(t.db, event.id, A, [u2.user.id, u7.user.id], 'accepted', {
      status: 'held',
      hoursAgo: 5,
    }))!;
    expect((await put(u2.token, m2, 'agreement')).status).toBe(200);
    expect((await put(a.staff.token, m2, 'no_fit')).status).toBe(200);
    await deal(t.db, event.id, A, u2.user.id, m2, 'verified');
    await deal(t.db, event.id, A, u2.user.id, m2, 'claimed'); // a second deal of the same meeting: still one
    // Held, both sides say no fit: held, not a follow-up.
    const m3 = (await request(t.db, event.id, A, [u3.user.id], 'accepted', { status: 'held', hoursAgo: 4 }))!;
    await put(u3.token, m3, 'no_fit');
    await put(a.staff.token, m3, 'no_fit');
    // Accepted, then cancelled: accepted only.
    await request(t.db, event.id, A, [u4.user.id], 'accepted', { status: 'cancelled', hoursAgo: 3 });

    // Exhibitor B (minuman, kota-bandung): 3 requests.
    await request(t.db, event.id, B, [u5.user.id], 'pending');
    // Never marked held, but over and the exhibitor recorded a follow-up: held and a follow-up; its deal is
    // confirmed but not verified yet.
    const m6 = (await request(t.db, event.id, B, [u6.user.id], 'accepted', {
      status: 'scheduled',
      hoursAgo: 2,
    }))!;
    expect((await put(b.staff.token, m6, 'follow_up')).status).toBe(200);
    await deal(t.db, event.id, B, u6.user.id, m6, 'claimed');
    // Held, no outcome recorded, only a rejected deal: held, nothing further.
    const m7 = (await request(t.db, event.id, B, [u7.user.id], 'accepted', { status: 'held', hoursAgo: 1 }))!;
    await deal(t.db, event.id, B, u7.user.id, m7, 'rejected');

    const organiser = await MatchingFactory.person(t, 'organiser');
    const funnel = await t.http.get('/api/admin/console/funnel-fair/funnel', organiser.token);
    expect(funnel.status).toBe(200);
    const row = (
      requests: number,
      accepted: number,
      held: number,
      followUp: number,
      confirmed: number,
      verified: number,
    ) => ({
      counts: { requests, accepted, held, followUp, dealsConfirmed: confirmed, dealsVerified: verified },
      rates: {
        accepted: requests ? accepted / requests : null,
        held: accepted ? held / accepted : null,
        followUp: held ? followUp / held : null,
        dealsConfirmed: followUp ? confirmed / followUp : null,
        dealsVerified: confirmed ? verified / confirmed : null,
      },
    });
    expect(funnel.body.total).toEqual(row(7, 5, 4, 2, 2, 1));
    expect(funnel.body.total.rates).toMatchObject({
      accepted: 5 / 7,
      held: 0.8,
      followUp: 0.5,
      dealsConfirmed: 1,
    });
    expect(funnel.body.byCategory).toEqual([
      { key: 'makanan', ...row(4, 3, 2, 1, 1, 1) },
      { key: 'minuman', ...row(3, 2, 2, 1, 1, 0) },
    ]);
    expect(funnel.body.byRegion).toEqual([
      { key: 'kabupaten-garut', ...row(4, 3, 2, 1, 1, 1) },
      { key: 'kota-bandung', ...row(3, 2, 2, 1, 1, 0) },
    ]);

    // Each exhibitor sees its own funnel only; buyers and other roles see none.
    const mineA = await t.http.get('/api/backoffice/funnel?event=funnel-fair', a.staff.token);
    expect(mineA.body.total).toEqual(row(4, 3, 2, 1, 1, 1));
    expect(mineA.body.byCategory).toEqual([{ key: 'makanan', ...row(4, 3, 2, 1, 1, 1) }]);
    const mineB = await t.http.get('/api/backoffice/funnel?event=funnel-fair', b.staff.token);
    expect(mineB.body.total).toEqual(row(3, 2, 2, 1, 1, 0));
    expect((await t.http.get('/api/backoffice/funnel?event=funnel-fair', u1.token)).status).toBe(403);
    expect((await t.http.get('/api/admin/console/funnel-fair/funnel', a.staff.token)).status).toBe(403);
  });
});
