import { request as httpRequest } from 'node:http';
import { ConfigError, parseEnv } from '../../src/config/env.schema';
import { FairFactory } from '../factories/fair.factory';
import { signedIn, UserFactory } from '../factories/user.factory';
import { createApp, type TestApp } from '../support/create-app';
import { SmtpSink } from '../support/smtp-sink';

const FORGED = { host: 'evil.example', origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' };

/** A POST whose Host header the attacker chose (fetch will not send a forged Host). */
function forgedPost(base: string, path: string, token?: string): Promise<{ status: number; body: any }> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: 'POST',
        headers: {
          ...FORGED,
          'content-type': 'application/json',
          ...(token && { authorization: `Bearer ${token}` }),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined }),
        );
      },
    );
    req.on('error', reject);
    req.end('{"note":"kasir"}');
  });
}

const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];

/** Abuse cases of mailed links (docs/security.md, "Production surfaces, mail and storage"). */
describe('security: mail', () => {
  it('refuses to start mailing (or in production) without PUBLIC_ORIGIN, the only origin links may use', () => {
    expect(() => parseEnv({ SMTP_URL: 'smtp://127.0.0.1:2525' })).toThrow(ConfigError);
    expect(() => parseEnv({ SMTP_URL: 'smtp://127.0.0.1:2525' })).toThrow(
      /PUBLIC_ORIGIN is required when SMTP_URL is set/,
    );
    expect(() => parseEnv({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) })).toThrow(
      /PUBLIC_ORIGIN is required when NODE_ENV=production/,
    );
    expect(
      parseEnv({ SMTP_URL: 'smtp://127.0.0.1:2525', PUBLIC_ORIGIN: 'https://fair.example.id' }).PUBLIC_ORIGIN,
    ).toBe('https://fair.example.id');
  });

  describe('links handed over never take the request’s Host', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createApp(); // development, no PUBLIC_ORIGIN, no SMTP: the one case where it may be unset
    });
    afterAll(async () => t?.close());

    it('help-desk reset link and staff invitation with a forged Host point at our own origin', async () => {
      const event = await FairFactory.event(t.db, 'sec-mail-fair');
      const organiser = await signedIn(t, 'organiser');
      const user = await UserFactory.create(t.db);
      const reset = await forgedPost(
        t.url,
        `/api/admin/users/${user.id}/password-reset?event=${event.slug}`,
        organiser.token,
      );
      expect(reset.status).toBe(201);
      expect(new URL(reset.body.url).host).not.toContain('evil');
      expect(new URL(reset.body.url).origin).toBe(t.config.linkOrigin);

      const { booth } = await FairFactory.booth(t.db, event.id);
      const invite = await forgedPost(
        t.url,
        `/api/backoffice/booths/${booth.id}/staff/invites`,
        organiser.token,
      );
      expect(invite.status).toBe(201);
      expect(new URL(invite.body.url).origin).toBe(t.config.linkOrigin);
    });
  });

  describe('with mail configured', () => {
    const ORIGIN = 'https://fair.example.id';
    const sink = new SmtpSink();
    let t: TestApp;
    beforeAll(async () => {
      await sink.start();
      t = await createApp({
        env: { SMTP_URL: sink.url, PUBLIC_ORIGIN: ORIGIN, AUTH_RATE_LIMIT_PER_MIN: '10000' },
      });
    });
    afterAll(async () => {
      await t?.close();
      await sink.stop();
    });

    it('a reset requested with a forged Host mails a link on PUBLIC_ORIGIN', async () => {
      const user = await UserFactory.create(t.db);
      const res = await t.http.request('POST', '/api/auth/password-reset', {
        body: { email: user.email },
        headers: FORGED,
      });
      expect(res.status).toBe(202);
      const [mail] = await sink.waitFor(user.email!);
      expect(mail.text).toContain(`${ORIGIN}/reset-password?token=`);
      expect(mail.text).not.toContain('evil');
    });

    it('answers a reset the same for a known and an unknown e-mail, in time too', async () => {
      const known = await UserFactory.create(t.db);
      const ask = async (email: string) => {
        const started = performance.now();
        const res = await t.http.post('/api/auth/password-reset', { email });
        return { ms: performance.now() - started, status: res.status, body: res.body as unknown };
      };
      const a = await ask(known.email!);
      const b = await ask('nobody-here@example.test');
      expect(b).toMatchObject({ status: a.status, body: a.body });

      // Interleaved, so both sides see the same machine load; medians, so a stray GC pause does not count.
      // A new known address each time, as for the unknown ones: one address may ask 5 times an hour.
      const others = await Promise.all(Array.from({ length: 40 }, () => UserFactory.create(t.db)));
      const times = { known: [] as number[], unknown: [] as number[] };
      for (let i = 0; i < 40; i++) {
        times.known.push((await ask(others[i].email!)).ms);
        times.unknown.push((await ask(`nobody-${i}@example.test`)).ms);
      }
      const ratio = median(times.known) / median(times.unknown);
      // Printed for docs/security.md; the bound is generous so that a busy machine does not flake it.
      console.log(
        `reset answer medians over 40: known ${median(times.known).toFixed(2)} ms, unknown ${median(times.unknown).toFixed(2)} ms, ratio ${ratio.toFixed(2)}`,
      );
      expect(ratio).toBeGreaterThan(1 / 2);
      expect(ratio).toBeLessThan(2);
      // And the known addresses' links did go out.
      for (const user of [known, ...others]) await sink.waitFor(user.email!, 1, 30_000);
    });
  });
});
