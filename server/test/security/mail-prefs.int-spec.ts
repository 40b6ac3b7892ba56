import { UnsubscribeTokens } from '../../src/modules/mailing/unsubscribe-token';
import { FairFactory } from '../factories/fair.factory';
import { MatchingFactory } from '../factories/matching.factory';
import { createApp, type TestApp } from '../support/create-app';
import { MailFixtures } from '../support/mail-fixtures';
import { SmtpSink } from '../support/smtp-sink';

jest.setTimeout(60_000);

/**
 * Abuse cases of the signed one-click unsubscribe: a token edited to turn off another kind, another person's
 * mail, a token signed with a guessed key, a link scanner opening the link, and mail to others' settings.
 * Rows in docs/security.md › Mail preferences and unsubscribe.
 */
describe('security: mail preferences and unsubscribe links', () => {
  const sink = new SmtpSink();
  let t: TestApp;
  let fx: MailFixtures;

  beforeAll(async () => {
    await sink.start();
    t = await createApp({ env: { SMTP_URL: sink.url, PUBLIC_ORIGIN: 'https://pameran.example.id' } });
    fx = new MailFixtures(t);
  });
  afterAll(async () => {
    await t?.close();
    await sink.stop();
  });

  /** A person, the token of a real mail of theirs (request_answered), and their switches. */
  async function victim() {
    const person = await MatchingFactory.buyer(t, 'ID');
    await fx.notify(person.user.id, 'request_declined', { by: 'Toko' });
    const [mail] = await sink.waitFor(person.user.email!);
    const path = MailFixtures.unsubscribePath(mail);
    const token = decodeURIComponent(new URL(path, 'http://x').searchParams.get('token')!);
    const kinds = async () => (await t.http.get('/api/me/mail-preferences', person.token)).body.kinds;
    return { person, token, kinds };
  }
  const post = (token: string) => fx.oneClick(`/api/mail/unsubscribe?token=${encodeURIComponent(token)}`);
  const allOn = expect.objectContaining({ request_answered: true, message_new: true, campaign: true });

  it('a token edited to name another kind is refused and changes nothing', async () => {
    const { token, kinds } = await victim();
    const forged = token.replace('.request_answered.', '.message_new.');
    expect(forged).not.toBe(token);
    expect(await post(forged)).toMatchObject({ status: 422, body: { code: 'invalid' } });
    expect(await kinds()).toEqual(allOn);
  });

  it("one person's token replayed with another person's id is refused; the other keeps their mail", async () => {
    const a = await victim();
    const b = await victim();
    const replayed = a.token.replace(a.person.user.id, b.person.user.id);
    expect(await post(replayed)).toMatchObject({ status: 422 });
    expect(await b.kinds()).toEqual(allOn);
    // A's own token still does only A's own kind.
    expect((await post(a.token)).status).toBe(200);
    expect(await b.kinds()).toEqual(allOn);
    expect(await a.kinds()).toMatchObject({ request_answered: false, message_new: true });
  });

  it('a token signed without the server secret (a guessed key) or garbled is refused', async () => {
    const { person, kinds } = await victim();
    const guessed = new UnsubscribeTokens('guessed secret').sign(person.user.id, 'campaign');
    for (const bad of [guessed, 'x', `${person.user.id}.campaign.`, `${person.user.id}.campaign.AAAA.extra`])
      expect((await post(bad)).status).toBe(422);
    expect(await kinds()).toEqual(allOn);
  });

  it('opening the link (GET, as link scanners do) turns nothing off; only the POST does', async () => {
    const { token, kinds } = await victim();
    const seen = await t.http.get(`/api/mail/unsubscribe?token=${encodeURIComponent(token)}`);
    expect(seen).toMatchObject({ status: 200, body: { kind: 'request_answered' } });
    expect(await kinds()).toEqual(allOn);
  });

  it("preferences are one's own: no token, no reading or changing; organisers' suppression list is theirs alone", async () => {
    expect((await t.http.get('/api/me/mail-preferences')).status).toBe(401);
    const { person } = await victim();
    const fair = (await FairFactory.event(t.db, 'prefs-fair')).slug;
    expect((await t.http.get(`/api/console/mail/suppressions?event=${fair}`, person.token)).status).toBe(403);
    const del = await t.http.request(
      'DELETE',
      `/api/console/mail/suppressions/x%40example.test?event=${fair}`,
      {
        token: person.token,
      },
    );
    expect(del.status).toBe(403);
  });
});
