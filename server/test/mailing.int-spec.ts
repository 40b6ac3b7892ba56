import { randomUUID } from 'node:crypto';
import { DomainEventBus } from '../src/domain';
import type { EventEntity } from '../src/modules/events/event.entity';
import { MailSuppressionEntity } from '../src/modules/mail/mail-suppression.entity';
import { MatchingTimeline } from '../src/modules/matching/matching-timeline.service';
import { lastLocalHour, MailDigest } from '../src/modules/mailing/mail-digest.service';
import { THREAD_READS } from '../src/modules/mailing/mail-listeners';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import { createApp, type TestApp } from './support/create-app';
import { MailFixtures, until } from './support/mail-fixtures';
import { SmtpSink } from './support/smtp-sink';

jest.setTimeout(60_000);

const ORIGIN = 'https://pameran.example.id';
const MINUTE = 60_000;

/**
 * The mail people get, read from a real SMTP server: each kind in the reader's language with a text and an
 * HTML part, the reminder's `.ics`, the RFC 8058 one-click unsubscribe, a 5xx bounce suppressing the
 * address, and new-message mail at most once an hour per thread while unread.
 */
describe('mailing: templates, reminders, unsubscribe, bounces', () => {
  const sink = new SmtpSink();
  const unread = new Set<string>();
  let t: TestApp;
  let fx: MailFixtures;
  let event: EventEntity;
  let slot: (i: number) => string;

  beforeAll(async () => {
    await sink.start();
    t = await createApp({
      env: { SMTP_URL: sink.url, PUBLIC_ORIGIN: `${ORIGIN},http://127.0.0.1` },
      // The messages module answers this port once merged; here the spec says what is still unread.
      overrides: [
        {
          provide: THREAD_READS,
          useValue: { isUnread: async (m: string, u: string) => unread.has(`${m}:${u}`) },
        },
      ],
    });
    fx = new MailFixtures(t);
    event = await FairFactory.event(t.db, 'mail-fair');
    ({ slot } = await MatchingFactory.block(t.db, event, { slots: 12 }));
  });
  afterAll(async () => {
    await t?.close();
    await sink.stop();
  });

  it('a meeting request mails the exhibitor staff in their language (text + escaped HTML, unsubscribe headers)', async () => {
    const x = await MatchingFactory.exhibitor(t, event.id, { slot: 1 });
    const buyer = await MatchingFactory.buyer(t, 'MY', { displayName: 'Aminah <b>Sdn</b>' });
    const res = await t.http.request('POST', '/api/meetings/requests', {
      token: buyer.token,
      body: { exhibitorId: x.exhibitor.id, preferredSlots: [{ start: slot(1), end: slot(2) }] },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(res.status).toBe(201);
    const [mail] = await sink.waitFor(x.staff.user.email!);
    expect(mail.subject).toBe('Permintaan pertemuan baru dari Aminah <b>Sdn</b>');
    expect(mail.text).toContain('Aminah <b>Sdn</b> ingin bertemu dengan Anda');
    expect(mail.text).toContain(`${ORIGIN}/e/mail-fair/meetings`);
    expect(mail.html).toContain('Aminah &lt;b&gt;Sdn&lt;/b&gt; ingin bertemu');
    expect(mail.html).not.toContain('<b>Sdn');
    expect(mail.html).not.toMatch(/<img|src=/i);
    expect(mail.header('List-Unsubscribe')).toMatch(
      new RegExp(`^<${ORIGIN}/api/mail/unsubscribe\\?token=[^>]+>$`),
    );
    expect(mail.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');

    // Answered: the buyer (English account) hears it in English.
    await t.db.query(`UPDATE app_user SET locale = 'en' WHERE id = $1`, [buyer.user.id]);
    const accepted = await t.http.request('POST', `/api/meetings/requests/${res.body.id}/accept`, {
      token: x.staff.token,
      body: { slotStart: slot(1) },
    });
    expect(accepted.status).toBe(200);
    const [answer] = await sink.waitFor(buyer.user.email!);
    expect(answer.subject).toBe(`${x.staff.user.displayName} accepted your meeting request`);
    expect(answer.text).toContain('accepted your meeting request');
    expect(answer.html).toContain('accepted your meeting request');
  });

  it.each([
    [
      'request_countered',
      { by: 'Toko A' },
      'id',
      'Toko A mengusulkan waktu lain untuk permintaan pertemuan Anda',
    ],
    ['request_declined', { by: 'Toko A' }, 'en', 'Toko A declined your meeting request'],
    [
      'meeting_moved',
      { by: 'Panitia', start: '2026-12-04T03:00:00.000Z' },
      'id',
      'Pertemuan Anda dipindahkan',
    ],
    ['meeting_moved', { by: 'Panitia', start: '2026-12-04T03:00:00.000Z' }, 'en', 'Your meeting was moved'],
    ['meeting_cancelled', { by: 'Toko A' }, 'en', 'Your meeting was cancelled'],
    ['meeting_scheduled', { start: '2026-12-04T03:00:00.000Z' }, 'id', 'Pertemuan Anda dijadwalkan'],
  ] as const)('%s (%j) mails a reader in %s: "%s"', async (kind, data, locale, subject) => {
    const person = await MatchingFactory.buyer(t, 'ID', { locale });
    await fx.notify(person.user.id, kind, data, event.id);
    const [mail] = await sink.waitFor(person.user.email!);
    expect(mail.subject).toBe(subject);
    expect(mail.text).toContain(subject.split(' ').slice(0, 3).join(' '));
    expect(mail.html).toContain('<p>');
    if ('start' in data) {
      // The time in the reader's language and the fair's zone, named as Indonesians do (10.00 WIB = 03:00 UTC).
      expect(mail.text).toMatch(locale === 'id' ? /10\.00 WIB/ : /10:00 WIB/);
    }
  });

  it('reminds an hour and 10 minutes before a meeting, with the .ics, once each however often the effect runs', async () => {
    const x = await MatchingFactory.exhibitor(t, event.id, { slot: 2 });
    const buyer = await MatchingFactory.buyer(t, 'MY', { locale: 'en' });
    const startsAt = new Date(Math.ceil((Date.now() + 30 * MINUTE) / MINUTE) * MINUTE);
    const meetingId = await scheduledMeeting(t, event.id, x.exhibitor.id, buyer.user.id, startsAt);
    const timeline = t.app.get(MatchingTimeline);
    await timeline.remindEarly(meetingId);
    await timeline.remindEarly(meetingId); // an effect run twice (at least once)
    await timeline.remind(meetingId);
    const mails = await sink.waitFor(buyer.user.email!, 2);
    await new Promise((r) => setTimeout(r, 1500));
    expect(sink.received.filter((m) => m.to.includes(buyer.user.email!))).toHaveLength(2);
    const subjects = mails.map((m) => m.subject).sort();
    expect(subjects).toEqual([
      'Reminder: your meeting starts in 10 minutes',
      'Reminder: your meeting starts in 60 minutes',
    ]);
    for (const mail of mails) {
      expect(mail.attachments).toHaveLength(1);
      const [ics] = mail.attachments;
      expect(ics.filename).toBe('meeting.ics');
      expect(ics.contentType).toMatch(/^text\/calendar/);
      expect(ics.content).toContain('BEGIN:VEVENT');
      expect(ics.content).toContain(
        `DTSTART:${startsAt
          .toISOString()
          .replace(/[-:]/g, '')
          .replace(/\.\d{3}/, '')}`,
      );
      // Reminders cannot be turned off, so they carry no unsubscribe link.
      expect(mail.header('List-Unsubscribe')).toBe('');
    }
    // The exhibitor's staff (Indonesian) got theirs in Indonesian.
    const staff = await sink.waitFor(x.staff.user.email!, 2);
    expect(staff.map((m) => m.subject)).toContain('Pengingat: pertemuan Anda dimulai dalam 10 menit');
  });

  it('the one-click POST (no sign-in) turns that kind off for that person only; other kinds still come', async () => {
    const person = await MatchingFactory.buyer(t, 'ID', { locale: 'en' });
    await fx.notify(person.user.id, 'request_declined', { by: 'Toko B' });
    const [mail] = await sink.waitFor(person.user.email!);
    const res = await fx.oneClick(MailFixtures.unsubscribePath(mail));
    expect(res).toMatchObject({ status: 200, body: { kind: 'request_answered', enabled: false } });
    const prefs = await t.http.get('/api/me/mail-preferences', person.token);
    expect(prefs.body.kinds).toMatchObject({ request_answered: false, request_received: true });

    await fx.notify(person.user.id, 'request_accepted', { by: 'Toko B' }); // turned off: not mailed
    await fx.notify(person.user.id, 'meeting_cancelled', { by: 'Toko B' }); // another kind: mailed
    await sink.waitFor(person.user.email!, 2);
    expect(await fx.outboxRows(person.user.email!, 'request_answered')).toHaveLength(1);
    expect(sink.received.filter((m) => m.to.includes(person.user.email!)).map((m) => m.subject)).toEqual([
      'Toko B declined your meeting request',
      'Your meeting was cancelled',
    ]);

    // The preferences page turns it on again; reminders stay on whatever is asked.
    const put = await t.http.request('PUT', '/api/me/mail-preferences', {
      token: person.token,
      body: { kinds: { request_answered: true, meeting_reminder: false } },
    });
    expect(put.body.kinds).toMatchObject({ request_answered: true, meeting_reminder: true });

    // Erasing the account takes its switches with it.
    expect((await t.http.request('DELETE', '/api/users/me', { token: person.token })).status).toBe(204);
    const left = await t.db.query(`SELECT 1 FROM mail_preference WHERE user_id = $1`, [person.user.id]);
    expect(left).toHaveLength(0);
  });

  it('a permanent refusal (550) suppresses the address: no retry, later mail dead unsent; an organiser lifts it', async () => {
    const person = await MatchingFactory.buyer(t, 'ID');
    const address = person.user.email!;
    sink.refused.add(address);
    await fx.notify(person.user.id, 'meeting_cancelled', { by: 'Toko C' });
    const [dead] = await until(
      () => fx.outboxRows(address, 'meeting_changed'),
      (rows) => rows[0]?.status === 'dead',
    );
    expect(dead).toMatchObject({ attempts: 1, body: null, html: null, headers: null });
    expect(dead.lastError).toMatch(/550/);
    expect(await t.db.getRepository(MailSuppressionEntity).findOneBy({ address })).toBeTruthy();

    sink.refused.delete(address); // the mailbox works again, but the address stays suppressed
    await fx.notify(person.user.id, 'request_declined', { by: 'Toko C' });
    const [second] = await until(
      () => fx.outboxRows(address, 'request_answered'),
      (rows) => rows[0]?.status === 'dead',
    );
    expect(second.lastError).toBe('suppressed address');
    expect(sink.received.filter((m) => m.to.includes(address))).toHaveLength(0);

    const organiser = await MatchingFactory.person(t, 'organiser');
    const list = await t.http.get(`/api/console/mail/suppressions?event=${event.slug}`, organiser.token);
    expect(list.body).toEqual(expect.arrayContaining([expect.objectContaining({ address })]));
    expect(
      (await t.http.get(`/api/console/mail/suppressions?event=${event.slug}`, person.token)).status,
    ).toBe(403);
    const lift = await t.http.request(
      'DELETE',
      `/api/console/mail/suppressions/${address}?event=${event.slug}`,
      {
        token: organiser.token,
      },
    );
    expect(lift.status).toBe(204);
    await fx.notify(person.user.id, 'meeting_moved', { by: 'Toko C' });
    await sink.waitFor(address);
  });

  it("each morning at 08:00 in the fair's zone, exhibitor staff get one digest of the requests still waiting", async () => {
    const x = await MatchingFactory.exhibitor(t, event.id, { slot: 3 });
    await t.db.query(`UPDATE app_user SET locale = 'en' WHERE id = $1`, [x.staff.user.id]);
    for (const name of ['Buyer One', 'Buyer Two']) {
      const buyer = await MatchingFactory.buyer(t, 'MY', { displayName: name });
      const res = await t.http.request('POST', '/api/meetings/requests', {
        token: buyer.token,
        body: { exhibitorId: x.exhibitor.id },
        headers: { 'idempotency-key': randomUUID() },
      });
      expect(res.status).toBe(201);
    }
    await sink.waitFor(x.staff.user.email!); // the request mail itself
    const digest = t.app.get(MailDigest);
    expect(await digest.send(event.id, '2026-12-03')).toBeGreaterThan(0);
    await digest.send(event.id, '2026-12-03'); // the effect run again: nothing twice
    const mails = await sink.waitFor(x.staff.user.email!, 3);
    await new Promise((r) => setTimeout(r, 1500));
    const digests = sink.received.filter(
      (m) => m.to.includes(x.staff.user.email!) && m.subject.includes('waiting for your answer'),
    );
    expect(digests).toHaveLength(1);
    expect(digests[0].subject).toBe('2 meeting requests are waiting for your answer');
    expect(digests[0].text).toMatch(/Buyer One[\s\S]*Buyer Two/);
    expect(digests[0].html).toContain('Buyer Two');
    expect(mails.length).toBe(3);

    // Planned through the timed effects at 08:00 WIB (01:00 UTC) of the next morning.
    await digest.plan();
    const due: { due_at: Date }[] = await t.db.query(
      `SELECT due_at FROM timed_effect WHERE kind = 'mail.digest' AND payload->>'eventId' = $1 AND done_at IS NULL`,
      [event.id],
    );
    expect(due.length).toBeGreaterThan(0);
    for (const d of due) expect(new Date(d.due_at).toISOString()).toMatch(/T01:00:00\.000Z$/);
    const last = (iso: string) => lastLocalHour(new Date(iso), 'Asia/Jakarta', 8).toISOString();
    expect(last('2026-12-03T00:30:00Z')).toBe('2026-12-02T01:00:00.000Z'); // 07:30 WIB: yesterday's
    expect(last('2026-12-03T01:00:00Z')).toBe('2026-12-03T01:00:00.000Z'); // 08:00 WIB sharp: today's
  });

  it('a new message mails an unread recipient at most once an hour per thread', async () => {
    const sender = await MatchingFactory.buyer(t, 'MY');
    const reader = await MatchingFactory.buyer(t, 'ID');
    const threadId = randomUUID();
    const post = async (messageId: string) => {
      await t.app.get(DomainEventBus).publish('thread.message_posted', {
        eventId: event.id,
        threadId,
        messageId,
        senderId: sender.user.id,
        recipientIds: [reader.user.id],
      });
    };
    const read = randomUUID();
    await post(read); // already read (the reader had the thread open): no mail
    expect(await fx.outboxRows(reader.user.email!, 'message_new')).toHaveLength(0);
    const [first, second] = [randomUUID(), randomUUID()];
    unread.add(`${first}:${reader.user.id}`).add(`${second}:${reader.user.id}`);
    await post(first);
    await post(second); // same thread within the hour: no second mail
    const [mail] = await sink.waitFor(reader.user.email!);
    expect(mail.subject).toBe(`Pesan baru dari ${sender.user.displayName}`);
    expect(await fx.outboxRows(reader.user.email!, 'message_new')).toHaveLength(1);
  });
});

/** A meeting between the buyer and the exhibitor, scheduled at `startsAt` for 20 minutes. */
async function scheduledMeeting(
  t: TestApp,
  eventId: string,
  exhibitorId: string,
  buyerId: string,
  startsAt: Date,
) {
  const [request] = await t.db.query(
    `INSERT INTO meeting_request (event_id, exhibitor_id, requester_id, status, expires_at)
     VALUES ($1, $2, $3, 'accepted', now() + interval '1 day') RETURNING id`,
    [eventId, exhibitorId, buyerId],
  );
  const endsAt = new Date(startsAt.getTime() + 20 * MINUTE);
  const [meeting] = await t.db.query(
    `INSERT INTO meeting (event_id, request_id, exhibitor_id, starts_at, ends_at, mode, status)
     VALUES ($1, $2, $3, $4, $5, 'online', 'scheduled') RETURNING id`,
    [eventId, request.id, exhibitorId, startsAt, endsAt],
  );
  await t.db.query(
    `INSERT INTO meeting_participant (meeting_id, user_id, side, starts_at, ends_at)
     VALUES ($1, $2, 'buyer', $3, $4)`,
    [meeting.id, buyerId, startsAt, endsAt],
  );
  return meeting.id as string;
}
