import { MailOutboxEntity } from '../src/modules/mail/mail-outbox.entity';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import { createApp, type TestApp } from './support/create-app';
import { until } from './support/mail-fixtures';
import { SmtpSink } from './support/smtp-sink';

jest.setTimeout(60_000);

/**
 * Organisers' campaigns read from a real SMTP server: a segment's reach and a rendered sample, a test to
 * oneself, and a send throttled to N a minute through the outbox with live counts (queued, sent, failed,
 * suppressed); people who turned campaigns off are left out.
 */
describe('mail campaigns', () => {
  const sink = new SmtpSink();
  let t: TestApp;

  beforeAll(async () => {
    await sink.start();
    t = await createApp({ env: { SMTP_URL: sink.url, PUBLIC_ORIGIN: 'https://pameran.example.id' } });
  });
  afterAll(async () => {
    await t?.close();
    await sink.stop();
  });

  const draft = {
    segment: 'buyers_without_meetings',
    subject: { id: 'Jadwalkan pertemuan Anda', en: 'Book your meetings' },
    text: { id: 'Halo,\n\nMasih ada slot <kosong>.', en: 'Hello,\n\nThere are <free> slots.' },
    perMinute: 2,
  };

  it('previews, tests to oneself, then sends to the segment throttled, counting queued/sent/suppressed', async () => {
    const fair = await FairFactory.event(t.db, 'campaign-fair');
    const inFair = `?event=${fair.slug}`;
    const organiser = await MatchingFactory.person(t, 'organiser', { locale: 'en' });
    const a = await MatchingFactory.buyer(t, 'ID', { locale: 'id' });
    const b = await MatchingFactory.buyer(t, 'MY', { locale: 'en' });
    const bouncing = await MatchingFactory.buyer(t, 'SG');
    const optedOut = await MatchingFactory.buyer(t, 'ID');
    const off = await t.http.request('PUT', '/api/me/mail-preferences', {
      token: optedOut.token,
      body: { kinds: { campaign: false } },
    });
    expect(off.status).toBe(200);
    sink.refused.add(bouncing.user.email!);

    const preview = await t.http.post(`/api/console/mail/campaigns/preview${inFair}`, draft, organiser.token);
    expect(preview.status).toBe(201);
    expect(preview.body.count).toBe(3);
    expect(preview.body.sample.id.subject).toBe('Jadwalkan pertemuan Anda');
    expect(preview.body.sample.en.text).toContain('There are <free> slots.');
    expect(preview.body.sample.en.html).toContain('There are &lt;free&gt; slots.');
    expect((await t.http.post(`/api/console/mail/campaigns/preview${inFair}`, draft, a.token)).status).toBe(
      403,
    );

    const test = await t.http.post(`/api/console/mail/campaigns/test${inFair}`, draft, organiser.token);
    expect(test.body).toEqual({ queued: true });
    const [own] = await sink.waitFor(organiser.user.email!);
    expect(own.subject).toBe('Book your meetings');

    const sent = await t.http.post(`/api/console/mail/campaigns${inFair}`, draft, organiser.token);
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ recipients: 3, segment: 'buyers_without_meetings' });
    const id = sent.body.id as string;

    // Throttled: two this minute, the third a minute later.
    const rows = await t.db
      .getRepository(MailOutboxEntity)
      .createQueryBuilder('o')
      .where('o.dedupe_key LIKE :p', { p: `campaign:${id}:%` })
      .orderBy('o.next_attempt_at')
      .getMany();
    expect(rows).toHaveLength(3);
    const spread = rows[2].nextAttemptAt.getTime() - rows[0].nextAttemptAt.getTime();
    expect(spread).toBeGreaterThanOrEqual(59_000);
    expect(rows[1].nextAttemptAt.getTime() - rows[0].nextAttemptAt.getTime()).toBeLessThan(1000);

    const counts = async () =>
      (await t.http.get(`/api/console/mail/campaigns/${id}`, organiser.token)).body.counts;
    expect(await until(counts, (c) => c.sent + c.suppressed === 2)).toMatchObject({ queued: 1 });
    // Do not sit out the minute: the third becomes due now.
    await t.db.query(
      `UPDATE mail_outbox SET next_attempt_at = now() WHERE dedupe_key LIKE $1 AND status = 'pending'`,
      [`campaign:${id}:%`],
    );
    expect(await until(counts, (c) => c.queued === 0)).toEqual({
      queued: 0,
      sent: 2,
      failed: 0,
      suppressed: 1,
    });

    const [toA] = await sink.waitFor(a.user.email!);
    expect(toA.subject).toBe('Jadwalkan pertemuan Anda');
    expect(toA.text).toContain('Masih ada slot <kosong>.');
    expect(toA.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const [toB] = await sink.waitFor(b.user.email!);
    expect(toB.subject).toBe('Book your meetings');
    expect(sink.received.some((m) => m.to.includes(optedOut.user.email!))).toBe(false);

    const list = await t.http.get(`/api/console/mail/campaigns${inFair}`, organiser.token);
    expect(list.body[0]).toMatchObject({ id, counts: { sent: 2, suppressed: 1 } });
  });
});
