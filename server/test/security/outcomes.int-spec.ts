import { EventEntity } from '../../src/modules/events/event.entity';
import { MeetingOutcomeEntity } from '../../src/modules/outcomes/meeting-outcome.entity';
import { FairFactory } from '../factories/fair.factory';
import { MatchingFactory } from '../factories/matching.factory';
import { createApp, TestApp } from '../support/create-app';

jest.setTimeout(60_000);

const SLUG = 'outcome-abuse-fair';

/**
 * Abuse cases against meeting outcomes and the funnel (docs/security.md, "Meeting outcomes and the funnel"):
 * who may write a side's record, who reads a side's private note, whether the funnel can be inflated with
 * meetings that never happened, and whether an exhibitor reads a competitor's funnel.
 */
describe('security: meeting outcomes and the funnel (real PostgreSQL)', () => {
  let t: TestApp;
  let event: EventEntity;

  beforeAll(async () => {
    t = await createApp();
    event = await FairFactory.event(t.db, SLUG);
  });
  afterAll(() => t.close());

  const put = (token: string, meetingId: string, body: object) =>
    t.http.request('PUT', `/api/meeting-outcomes/${meetingId}`, { token, body });
  const stored = (meetingId: string) => t.db.getRepository(MeetingOutcomeEntity).findBy({ meetingId });

  async function heldMeeting(slot: number) {
    const x = await MatchingFactory.exhibitor(t, event.id, { slot });
    const buyer = await MatchingFactory.buyer(t);
    const meetingId = await MatchingFactory.heldMeeting(t.db, event.id, x.exhibitor.id, buyer.user.id);
    return { x, buyer, meetingId };
  }

  it('a competitor exhibitor, a stranger buyer or an invited-but-not-joined colleague cannot write or read an outcome', async () => {
    const { x, meetingId } = await heldMeeting(1);
    const competitor = await MatchingFactory.exhibitor(t, event.id, { slot: 2 });
    const stranger = await MatchingFactory.buyer(t);
    const invited = await MatchingFactory.buyer(t);
    await t.db.query(
      `UPDATE meeting_request SET invited_ids = $2 WHERE id = (SELECT request_id FROM meeting WHERE id = $1)`,
      [meetingId, [invited.user.id]],
    );
    for (const who of [competitor.staff, stranger, invited]) {
      const w = await put(who.token, meetingId, { outcome: 'no_fit', rating: 1, note: 'sabotase' });
      expect(w.status).toBe(404);
      expect((await t.http.get(`/api/meeting-outcomes/${meetingId}`, who.token)).status).toBe(404);
      expect((await t.http.get('/api/meeting-outcomes', who.token)).body.items).toEqual([]);
    }
    expect(await stored(meetingId)).toEqual([]);
    expect((await put(x.staff.token, meetingId, { outcome: 'follow_up', rating: 4 })).status).toBe(200);
  });

  it("one side cannot read the other side's private note and rating, nor write the other side's record", async () => {
    const { x, buyer, meetingId } = await heldMeeting(3);
    await put(x.staff.token, meetingId, {
      outcome: 'no_fit',
      rating: 1,
      note: 'Harga pembeli tidak masuk akal',
    });
    await put(buyer.token, meetingId, {
      outcome: 'negotiating',
      rating: 5,
      note: 'Target harga 20% lebih rendah',
    });
    const seen = JSON.stringify([
      (await t.http.get(`/api/meeting-outcomes/${meetingId}`, buyer.token)).body,
      (await t.http.get('/api/meeting-outcomes', buyer.token)).body,
    ]);
    expect(seen).not.toContain('tidak masuk akal');
    expect(seen).toContain('20% lebih rendah');
    const other = JSON.stringify(
      (await t.http.get(`/api/meeting-outcomes/${meetingId}`, x.staff.token)).body,
    );
    expect(other).not.toContain('20% lebih rendah');

    // Naming the other side in the body is refused outright; the exhibitor's record stays as it was.
    const forged = await put(buyer.token, meetingId, { outcome: 'agreement', rating: 5, side: 'exhibitor' });
    expect(forged.status).toBe(400);
    const rows = await stored(meetingId);
    expect(rows.find((r) => r.side === 'exhibitor')).toMatchObject({ outcome: 'no_fit', rating: 1 });
  });

  it('a pair cannot inflate the funnel with agreements for a meeting that has not happened', async () => {
    const x = await MatchingFactory.exhibitor(t, event.id, { slot: 4 });
    const buyer = await MatchingFactory.buyer(t);
    const [r] = await t.db.query(
      `INSERT INTO meeting_request (event_id, exhibitor_id, requester_id, status, expires_at)
       VALUES ($1, $2, $3, 'accepted', now() + interval '1 day') RETURNING id`,
      [event.id, x.exhibitor.id, buyer.user.id],
    );
    const startsAt = new Date(Date.now() + 24 * 3_600_000);
    const [m] = await t.db.query(
      `INSERT INTO meeting (event_id, request_id, exhibitor_id, starts_at, ends_at, mode, status)
       VALUES ($1, $2, $3, $4, $5, 'online', 'scheduled') RETURNING id`,
      [event.id, r.id, x.exhibitor.id, startsAt, new Date(startsAt.getTime() + 20 * 60_000)],
    );
    await t.db.query(
      `INSERT INTO meeting_participant (meeting_id, user_id, side, starts_at, ends_at)
       SELECT id, $2, 'buyer', starts_at, ends_at FROM meeting WHERE id = $1`,
      [m.id, buyer.user.id],
    );
    for (const who of [buyer, x.staff]) {
      const early = await put(who.token, m.id, { outcome: 'agreement', rating: 5 });
      expect(early.status).toBe(409);
    }
    const mine = await t.http.get(`/api/backoffice/funnel?event=${SLUG}`, x.staff.token);
    expect(mine.body.total.counts).toMatchObject({ requests: 1, accepted: 1, held: 0, followUp: 0 });
  });

  it("an exhibitor cannot read the event's funnel or a competitor's", async () => {
    const { x } = await heldMeeting(5);
    const competitor = await MatchingFactory.exhibitor(t, event.id, { slot: 6 });
    expect((await t.http.get(`/api/admin/console/${SLUG}/funnel`, x.staff.token)).status).toBe(403);
    // The back office's funnel takes no exhibitor from the caller: it is always the caller's own.
    const own = await t.http.get(
      `/api/backoffice/funnel?event=${SLUG}&exhibitorId=${x.exhibitor.id}`,
      competitor.staff.token,
    );
    expect(own.body.total.counts.requests).toBe(0);
  });
});
