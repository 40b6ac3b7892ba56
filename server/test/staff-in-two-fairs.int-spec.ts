import type { EventEntity } from '../src/modules/events/event.entity';
import { MailDigest } from '../src/modules/mailing/mail-digest.service';
import { MembershipService } from '../src/modules/memberships';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import { createApp, type TestApp } from './support/create-app';
import { SmtpSink } from './support/smtp-sink';

/**
 * A person is staff of one exhibitor per fair, in any number of fairs (docs/decisions/0032): what names
 * "their" exhibitor follows the fair, never the team they happened to join first.
 */
describe('A person who is staff in two fairs', () => {
  const sink = new SmtpSink();
  let t: TestApp;
  let fairA: EventEntity;
  let fairB: EventEntity;
  let person: Awaited<ReturnType<typeof MatchingFactory.exhibitor>>['staff'];
  let buyer: Awaited<ReturnType<typeof MatchingFactory.buyer>>;
  const team = { a: '', b: '' };
  const meetings = { a: '', b: '' };

  beforeAll(async () => {
    await sink.start();
    t = await createApp({ env: { SMTP_URL: sink.url, PUBLIC_ORIGIN: 'http://localhost:5173' } });
    fairA = await FairFactory.event(t.db, 'two-teams-a');
    fairB = await FairFactory.event(t.db, 'two-teams-b');
    // Staff of an exhibitor in fair A first, then of another in fair B (a returning pesantren, say).
    const inA = await MatchingFactory.exhibitor(t, fairA.id);
    person = inA.staff;
    team.a = inA.exhibitor.id;
    team.b = (await FairFactory.booth(t.db, fairB.id)).exhibitor.id;
    await t.db.query(
      `INSERT INTO membership (user_id, event_id, role, exhibitor_id) VALUES ($1, $2, 'exhibitor', $3)`,
      [person.user.id, fairB.id, team.b],
    );
    t.app.get(MembershipService).forget(person.user.id);
    buyer = await MatchingFactory.buyer(t);
    meetings.a = await MatchingFactory.heldMeeting(t.db, fairA.id, team.a, buyer.user.id);
    // Another buyer in fair B: one buyer's meetings may not overlap in time.
    const buyerB = await MatchingFactory.buyer(t);
    meetings.b = await MatchingFactory.heldMeeting(t.db, fairB.id, team.b, buyerB.user.id);
  });
  afterAll(async () => {
    await t?.close();
    await sink.stop();
  });

  it("is asked for each fair's meeting outcomes as its exhibitor's side, and records them", async () => {
    const res = await t.http.get('/api/meeting-outcomes', person.token);
    expect(res.status).toBe(200);
    const items: { meetingId: string; side: string }[] = res.body.items;
    expect(items.map((i) => [i.meetingId, i.side]).sort()).toEqual(
      [
        [meetings.a, 'exhibitor'],
        [meetings.b, 'exhibitor'],
      ].sort(),
    );
    const put = await t.http.request('PUT', `/api/meeting-outcomes/${meetings.b}`, {
      token: person.token,
      body: { outcome: 'negotiating', rating: 4 },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ side: 'exhibitor', recordedBy: person.user.id });
  });

  it("downloads each fair's own meetings in its report", async () => {
    for (const [slug, mine, other] of [
      [fairA.slug, meetings.a, meetings.b],
      [fairB.slug, meetings.b, meetings.a],
    ]) {
      const csv = await t.http.get(`/api/events/${slug}/report/mine/meetings.csv`, person.token);
      expect(csv.status).toBe(200);
      expect(csv.body).toContain(mine);
      expect(csv.body).not.toContain(other);
    }
  });

  it("gets each fair's morning digest of the requests waiting for its exhibitor there", async () => {
    for (const [fair, exhibitorId] of [
      [fairA, team.a],
      [fairB, team.b],
    ] as const) {
      await t.db.query(
        `INSERT INTO meeting_request (event_id, exhibitor_id, requester_id, status, expires_at)
         VALUES ($1, $2, $3, 'pending', now() + interval '1 day')`,
        [fair.id, exhibitorId, buyer.user.id],
      );
      expect(await t.app.get(MailDigest).send(fair.id, '2026-12-03')).toBe(1);
      const [queued] = await t.db.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE dedupe_key = $1`, [
        `digest:${fair.id}:2026-12-03:${person.user.id}`,
      ]);
      expect(queued.n).toBe(1);
    }
  });
});
