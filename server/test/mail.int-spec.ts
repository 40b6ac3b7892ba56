import { MailOutbox, MailWorker } from '../src/modules/mail';
import { MailOutboxEntity } from '../src/modules/mail/mail-outbox.entity';
import { FairFactory } from './factories/fair.factory';
import { TEST_PASSWORD, UserFactory } from './factories/user.factory';
import { createApp, type TestApp } from './support/create-app';
import { SmtpSink } from './support/smtp-sink';

const ORIGIN = 'https://pameran.example.id';

/**
 * The mail outbox against a real SMTP server on loopback: a reset mailed with a link on PUBLIC_ORIGIN
 * whatever Host the request claims, a mail server that is down and then up again gets the mail once, and
 * two app instances on one database send each mail once.
 */
describe('mail: outbox, retries and two workers', () => {
  const sink = new SmtpSink();
  let a: TestApp;
  let b: TestApp;
  const rows = () => a.db.getRepository(MailOutboxEntity);
  /** The outbox row of the one mail to `to` (queued just after the answer, so maybe not yet there). */
  const row = async (to: string) => (await rows().findOneBy({ to })) ?? ({} as Partial<MailOutboxEntity>);
  async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = await read();
      if (ok(v)) return v;
      if (Date.now() > deadline) throw new Error(`not reached in ${timeoutMs} ms: ${JSON.stringify(v)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  beforeAll(async () => {
    await sink.start();
    const env = { SMTP_URL: sink.url, PUBLIC_ORIGIN: `${ORIGIN},http://127.0.0.1` };
    a = await createApp({ env });
    b = await createApp({ env: { ...env, DATABASE_URL: (a.db.options as { url: string }).url } });
  }, 60_000);
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await sink.stop();
  });

  it('mails a reset link on PUBLIC_ORIGIN although the request names another host; the link works', async () => {
    const user = await UserFactory.create(a.db);
    const res = await a.http.request('POST', '/api/auth/password-reset', {
      body: { email: user.email },
      headers: { 'x-forwarded-host': 'evil.example', origin: 'https://evil.example' },
    });
    expect(res).toMatchObject({ status: 202, body: { mailed: true } });
    const [mail] = await sink.waitFor(user.email!);
    expect(mail.subject).toMatch(/reset your password/);
    const link = /(https?:\/\/\S+\/reset-password\?token=\S+)/.exec(mail.text)![1];
    expect(new URL(link).origin).toBe(ORIGIN);
    expect(mail.messageId).toMatch(/@pameran\.example\.id>$/);

    const token = new URL(link).searchParams.get('token');
    const confirmed = await a.http.post('/api/auth/password-reset/confirm', {
      token,
      password: 'a new long password',
    });
    expect(confirmed.status).toBe(204);
    const login = await b.http.post('/api/auth/login', {
      email: user.email,
      password: 'a new long password',
    });
    expect(login.status).toBe(200);
    // Sent, and the one-time link is no longer kept in the outbox.
    expect(await row(user.email!)).toMatchObject({ status: 'sent', body: null, kind: 'password_reset' });
  });

  it('the help desk mails a link to the user through the outbox', async () => {
    const fair = await FairFactory.event(a.db, 'help-desk-mail-fair');
    const user = await UserFactory.create(a.db);
    const organiser = await UserFactory.create(a.db, { role: 'organiser' });
    const token = (await a.http.post('/api/auth/login', { email: organiser.email, password: TEST_PASSWORD }))
      .body.accessToken as string;
    const res = await a.http.post(
      `/api/admin/users/${user.id}/password-reset?event=${fair.slug}&deliver=mail`,
      undefined,
      token,
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ url: null, mailedTo: user.email });
    const [mail] = await sink.waitFor(user.email!);
    expect(mail.text).toContain(`${ORIGIN}/reset-password?token=`);
  });

  it('a mail server that is down, then up again, gets the mail once (backed off 30 s, then retried)', async () => {
    await sink.stop();
    const user = await UserFactory.create(a.db);
    expect((await a.http.post('/api/auth/password-reset', { email: user.email })).status).toBe(202);
    const failed = await until(
      () => row(user.email!),
      (r) => r.attempts === 1 && r.lastError !== null,
    );
    expect(failed).toMatchObject({ status: 'pending', lockedUntil: null });
    const waitS = (failed.nextAttemptAt!.getTime() - failed.createdAt!.getTime()) / 1000;
    expect(waitS).toBeGreaterThan(25);
    expect(waitS).toBeLessThan(45);

    await sink.start(); // same port
    // Do not sit out the 30 s: make the retry due now.
    await rows().update({ id: failed.id! }, { nextAttemptAt: new Date(0) });
    await sink.waitFor(user.email!);
    const sent = await until(
      () => row(user.email!),
      (r) => r.status === 'sent',
    );
    expect(sent.attempts).toBe(2);
    await new Promise((r) => setTimeout(r, 2500)); // both workers ticked again: nothing more goes out
    expect(sink.received.filter((m) => m.to.includes(user.email!))).toHaveLength(1);
  });

  it('gives a mail up after its fifth failed attempt, keeping the last error', async () => {
    await sink.stop();
    try {
      await a.db.transaction(async (m) => {
        const mail = {
          dedupeKey: 'test:dead',
          kind: 'test',
          to: 'dead@example.test',
          subject: 's',
          text: 't',
        };
        await a.app.get(MailOutbox).enqueue(m, mail);
        await m.update(MailOutboxEntity, { dedupeKey: 'test:dead' }, { attempts: 4 }); // four failed already
      });
      const dead = await until(
        () => row('dead@example.test'),
        (r) => r.status !== 'pending',
      );
      expect(dead).toMatchObject({ status: 'dead', attempts: 5, body: null });
      expect(dead.lastError).toMatch(/ECONNREFUSED|connect/i);
    } finally {
      await sink.start();
    }
  });

  it('two app instances on one database send each mail once; enqueuing a key twice keeps one mail', async () => {
    const outbox = a.app.get(MailOutbox);
    const to = Array.from({ length: 30 }, (_, i) => `twice-${i}@example.test`);
    await a.db.transaction(async (m) => {
      for (const [i, address] of to.entries()) {
        const mail = {
          dedupeKey: `test:pair:${i}`,
          kind: 'test',
          to: address,
          subject: `n${i}`,
          text: 'hello',
        };
        await outbox.enqueue(m, mail);
        await outbox.enqueue(m, mail); // a retried enqueue
      }
    });
    // Both workers' own timers run too; these passes race them on purpose.
    const workers = [a.app.get(MailWorker), b.app.get(MailWorker)];
    const before = workers.map((w) => w.counts.sent);
    await until(
      async () => {
        await Promise.all(workers.map((w) => w.tick()));
        return rows().countBy({ kind: 'test', status: 'sent' });
      },
      (n) => n >= to.length,
    );
    for (const address of to) await sink.waitFor(address);
    await new Promise((r) => setTimeout(r, 1500));
    const counts = to.map((address) => sink.received.filter((m) => m.to.includes(address)).length);
    expect(counts).toEqual(to.map(() => 1));
    expect(workers.reduce((n, w, i) => n + w.counts.sent - before[i], 0)).toBe(to.length);
  });
});

describe('mail: on embedded PGlite (one node)', () => {
  it('sends a queued reset from the outbox', async () => {
    const sink = await new SmtpSink().start();
    const t = await createApp({ engine: 'pglite', env: { SMTP_URL: sink.url, PUBLIC_ORIGIN: ORIGIN } });
    try {
      const user = await UserFactory.create(t.db);
      expect((await t.http.post('/api/auth/password-reset', { email: user.email })).status).toBe(202);
      const [mail] = await sink.waitFor(user.email!);
      expect(mail.text).toContain(`${ORIGIN}/reset-password?token=`);
    } finally {
      await t.close();
      await sink.stop();
    }
  });
});
