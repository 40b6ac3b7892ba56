import { randomUUID } from 'node:crypto';
import type { EventEntity } from '../src/modules/events/event.entity';
import { ScheduleClock } from '../src/modules/events/schedule-clock';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import { StageFactory } from './factories/stage.factory';
import { signedIn } from './factories/user.factory';
import { createApp, type TestApp } from './support/create-app';
import { connectHall, type HallClient } from './support/hall-client';
import { MailFixtures } from './support/mail-fixtures';
import { SmtpSink } from './support/smtp-sink';

jest.setTimeout(60_000);

const ORIGIN = 'https://pameran.example.id';
const MINUTE = 60_000;
const WITA = 'Asia/Makassar';

/** What a person in Makassar reads on the wall clock: "14:05", or "4 Dec, 14:05" with `day`. */
const makassar = (at: Date | string, day = false) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: WITA,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(day && { day: 'numeric', month: 'short' }),
  }).format(new Date(at));

/**
 * A fair in Makassar (WITA, UTC+8) on an installation of many fairs: what the server writes for it names
 * its times in WITA and its links lead into its own pages (docs/decisions/0034-fair-links-and-times.md).
 * Before, every one of these said WIB (an hour off) or led to pages of no fair.
 */
describe("a WITA fair's times and links, as the server writes them", () => {
  const sink = new SmtpSink();
  const sockets: HallClient[] = [];
  let t: TestApp;
  let fair: EventEntity;

  /** A fair of the factory's shape, moved to Makassar. */
  const witaFair = async (slug: string, opts: { hallOpen?: boolean } = {}) => {
    const event = await FairFactory.event(t.db, slug, opts);
    await t.db.query(`UPDATE event SET time_zone = $2 WHERE id = $1`, [event.id, WITA]);
    return event;
  };

  beforeAll(async () => {
    await sink.start();
    t = await createApp({
      env: {
        SMTP_URL: sink.url,
        PUBLIC_ORIGIN: ORIGIN,
        // Tokens are refused before LiveKit is asked anything; the server only has to think video is on.
        LIVEKIT_URL: 'ws://127.0.0.1:9',
        LIVEKIT_API_KEY: 'devkey',
        LIVEKIT_API_SECRET: 'a-secret-of-at-least-thirty-two-characters',
      },
    });
    fair = await witaFair('makassar-2026');
  });
  afterEach(() => t.app.get(ScheduleClock).freeze(undefined));
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await t?.close();
    await sink.stop();
  });

  it("tells a visitor at a closed hall when it opens in the fair's zone", async () => {
    const closed = await witaFair('makassar-closed', { hallOpen: false });
    const { booth } = await FairFactory.booth(t.db, closed.id);
    const [hall] = await t.db.query(
      `SELECT starts_at FROM schedule_session WHERE event_id = $1 AND kind = 'hall'`,
      [closed.id],
    );
    const visitor = await signedIn(t, 'visitor');
    const socket = await connectHall(t.url, { token: visitor.token, event: closed.slug });
    sockets.push(socket);

    const refused = await socket.emitWithAck('booth:enter', { boothId: booth.id });

    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'hall_closed',
        message: `The hall is closed now; it opens ${makassar(hall.starts_at, true)} WITA`,
      },
    });
  });

  it("answers a video call joined too early with the opening time in the fair's zone", async () => {
    const { slot } = await MatchingFactory.block(t.db, fair, { inMinutes: 60, slots: 3 });
    const x = await MatchingFactory.exhibitor(t, fair.id, { slot: 0 });
    const buyer = await MatchingFactory.buyer(t);
    const request = await t.http.request('POST', '/api/meetings/requests', {
      token: buyer.token,
      body: { exhibitorId: x.exhibitor.id },
      headers: { 'idempotency-key': randomUUID() },
    });
    const accepted = await t.http.post(
      `/api/meetings/requests/${request.body.id}/accept`,
      { slotStart: slot(0) },
      x.staff.token,
    );
    const meeting = accepted.body.meeting as { id: string; start: string };
    t.app.get(ScheduleClock).freeze(new Date(Date.parse(meeting.start) - 10 * MINUTE));

    const early = await t.http.post(`/api/meetings/${meeting.id}/join`, {}, buyer.token);

    expect(early.status).toBe(403);
    const opens = new Date(Date.parse(meeting.start) - 5 * MINUTE);
    expect(early.body.message).toBe(`Too early — the call opens at ${makassar(opens)} WITA`);
  });

  it("answers a stage joined too early with its opening time in the fair's zone", async () => {
    const session = await StageFactory.session(t.db, fair, { startsInMinutes: 90 });
    const visitor = await signedIn(t, 'visitor');

    const early = await t.http.post(`/api/stage/${session.id}/join`, {}, visitor.token);

    expect(early.status).toBe(403);
    expect(early.body.message).toBe(`Too early — the stage opens at ${makassar(session.startsAt)} WITA`);
  });

  it("links a notification into the fair's pages and mails it with the fair's link and zone", async () => {
    // Someone who never chose a zone reads the fair's.
    const person = await MatchingFactory.buyer(t, 'ID', { locale: 'en', timeZone: null });
    const start = '2026-12-04T03:00:00.000Z'; // 11:00 WITA (10:00 WIB)
    await new MailFixtures(t).notify(person.user.id, 'meeting_scheduled', { start }, fair.id);

    const listed = await t.http.get('/api/me/notifications', person.token);
    expect(listed.body.items[0].link).toBe(`/e/${fair.slug}/meetings`);
    const [row] = await t.db.query(`SELECT event_id FROM notification WHERE user_id = $1`, [person.user.id]);
    expect(row.event_id).toBe(fair.id);

    const [mail] = await sink.waitFor(person.user.email!);
    expect(mail.text).toContain('Friday, 4 December 2026 at 11:00 WITA');
    expect(mail.text).toContain(`Open meetings: ${ORIGIN}/e/${fair.slug}/meetings`);
    expect(mail.html).toContain(`href="${ORIGIN}/e/${fair.slug}/meetings"`);
  });

  it("writes a booth's leads CSV in the fair's zone, the columns naming it", async () => {
    const { booth } = await FairFactory.booth(t.db, fair.id, { slot: 5 });
    const visitor = await signedIn(t, 'visitor');
    // 23:30 UTC on the 3rd: the 4th at 07:30 in Makassar (06:30 WIB).
    await t.db.query(
      `INSERT INTO lead (booth_id, event_id, user_id, kind, created_at)
       VALUES ($1, $2, $3, 'visit', '2026-12-03T23:30:00Z')`,
      [booth.id, fair.id, visitor.user.id],
    );
    const organiser = await signedIn(t, 'organiser');

    const csv = await t.http.get(`/api/backoffice/booths/${booth.id}/leads/export.csv`, organiser.token);

    expect(csv.status).toBe(200);
    const [header, first] = String(csv.body)
      .replace(/^\ufeff/, '')
      .split('\r\n');
    expect(header).toBe('time_wita,kind,name,role,company,country,product,ended_wita,note,score');
    expect(first.startsWith('2026-12-04 07:30:00,visit,')).toBe(true);
  });

  it("invites staff with a link to the fair's own join page, and tells an old link which fair it is", async () => {
    const { booth } = await FairFactory.booth(t.db, fair.id, { slot: 6 });
    const organiser = await signedIn(t, 'organiser');

    const invite = await t.http.post(
      `/api/backoffice/booths/${booth.id}/staff/invites`,
      { note: 'kasir' },
      organiser.token,
    );

    expect(invite.status).toBe(201);
    const url = new URL(invite.body.url);
    expect(`${url.origin}${url.pathname}`).toBe(`${ORIGIN}/e/${fair.slug}/exhibitor/join`);
    const token = url.searchParams.get('token')!;
    const preview = await t.http.post('/api/backoffice/invites/preview', { token });
    expect(preview.body.eventSlug).toBe(fair.slug);
  });
});
