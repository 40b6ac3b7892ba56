import { randomUUID } from 'node:crypto';
import { MailOutbox } from '../../src/modules/mail';
import type { EventEntity } from '../../src/modules/events/event.entity';
import { FairFactory } from '../factories/fair.factory';
import { MatchingFactory } from '../factories/matching.factory';
import { signedIn } from '../factories/user.factory';
import { connectHall, next } from '../support/hall-client';
import { createApp, TestApp } from '../support/create-app';

/** Enumeration and leaks (docs/security.md, "Files, imports and enumeration"). */
describe('security: enumeration and leaks', () => {
  let t: TestApp;
  let event: EventEntity;
  let slot: (i: number) => string;

  beforeAll(async () => {
    t = await createApp();
    event = await FairFactory.event(t.db, 'leak-fair');
    ({ slot } = await MatchingFactory.block(t.db, event, { slots: 8 }));
  });
  afterAll(() => t?.close());

  const request = (token: string, exhibitorId: string, extra: object = {}) =>
    t.http.request('POST', '/api/meetings/requests', {
      token,
      body: { exhibitorId, ...extra },
      headers: { 'idempotency-key': randomUUID() },
    });
  const feedStatus = async (path: string) => (await fetch(`${t.url}${path}`)).status;

  describe('registration', () => {
    const PASSWORD = 'a long enough secret';
    /** What a stranger sees of an answer: its status and its shape, with ids and tokens blanked. */
    const seen = (res: { status: number; body: Record<string, unknown> }) =>
      JSON.stringify({ status: res.status, body: res.body }).replace(/"[^"]*":"[^"]*"/g, (kv) => {
        const [k] = kv.split(':');
        return ['"accessToken"', '"refreshToken"', '"id"', '"email"', '"createdAt"'].includes(k)
          ? `${k}:"…"`
          : kv;
      });
    const register = (email: string) =>
      t.http.post('/api/auth/register', {
        email,
        password: PASSWORD,
        displayName: 'Orang Asing',
        role: 'visitor',
      });
    const signIn = (email: string, password = PASSWORD) =>
      t.http.post('/api/auth/login', { email, password });

    it('answers registering a held address exactly like a new one, and the holder keeps their account', async () => {
      const holder = await t.http.post('/api/auth/register', {
        email: 'pemilik@example.test',
        password: 'the holder secret',
        displayName: 'Pemilik',
        role: 'buyer',
      });
      expect(holder.status).toBe(201);
      const outbox = t.app.get(MailOutbox);
      const enabled = jest.spyOn(outbox, 'enabled', 'get').mockReturnValue(true);
      const mails = jest.spyOn(outbox, 'enqueue');
      const taken = await register('pemilik@example.test');
      const fresh = await register(`baru-${randomUUID().slice(0, 8)}@example.test`);
      expect(seen(taken)).toBe(seen(fresh));
      expect(taken.body.user.email).toBe('pemilik@example.test');
      // Signing in afterwards tells nothing either: each registrant signs in with what they chose.
      expect((await signIn('pemilik@example.test')).body.user.id).toBe(taken.body.user.id);
      expect((await signIn(fresh.body.user.email)).body.user.id).toBe(fresh.body.user.id);
      // The one who can read the address's mail is told, and only about the held address.
      expect(mails.mock.calls.map(([, mail]) => mail.to)).toEqual(['pemilik@example.test']);
      mails.mockRestore();
      enabled.mockRestore();
      // The holder's account is untouched and still the one the address names.
      expect((await signIn('pemilik@example.test', 'the holder secret')).body.user.id).toBe(
        holder.body.user.id,
      );
    });

    it('answers a guest upgrading to a held address exactly like one upgrading to a new address', async () => {
      const upgrade = async (email: string) => {
        const guest = await t.http.post('/api/auth/guest', { displayName: 'Tamu' });
        return t.http.post(
          '/api/auth/upgrade',
          { email, password: PASSWORD, role: 'visitor', leadConsent: false },
          guest.body.accessToken,
        );
      };
      await register('dipegang@example.test');
      const taken = await upgrade('dipegang@example.test');
      const fresh = await upgrade(`tamu-${randomUUID().slice(0, 8)}@example.test`);
      expect(seen(taken)).toBe(seen(fresh));
      expect(taken.status).toBe(200);
    });
  });

  describe('calendar feed', () => {
    it('stops serving a feed link once its owner rotates it; the new link works', async () => {
      const buyer = await MatchingFactory.buyer(t);
      const old = (await t.http.get('/api/me/calendar-feed', buyer.token)).body;
      expect(await feedStatus(old.path)).toBe(200);
      const rotated = await t.http.post('/api/me/calendar-feed/rotate', undefined, buyer.token);
      expect(rotated.status).toBe(200);
      expect(rotated.body.path).not.toBe(old.path);
      expect(await feedStatus(old.path)).toBe(401);
      expect(await feedStatus(rotated.body.path)).toBe(200);
      expect((await t.http.get('/api/me/calendar-feed', buyer.token)).body.path).toBe(rotated.body.path);
    });

    it('stops serving a feed link after it expires, and hands out a fresh one', async () => {
      const buyer = await MatchingFactory.buyer(t);
      const link = (await t.http.get('/api/me/calendar-feed', buyer.token)).body;
      expect(Date.parse(link.expiresAt)).toBeGreaterThan(Date.now() + 30 * 86_400_000);
      await t.db.query(
        `UPDATE calendar_feed SET expires_at = now() - interval '1 minute' WHERE user_id = $1`,
        [buyer.user.id],
      );
      expect(await feedStatus(link.path)).toBe(401);
      const fresh = (await t.http.get('/api/me/calendar-feed', buyer.token)).body;
      expect(fresh.path).not.toBe(link.path);
      expect(await feedStatus(fresh.path)).toBe(200);
    });

    it('cannot be made to carry a forged calendar property through a lone CR in a name', async () => {
      const x = await MatchingFactory.exhibitor(t, event.id, { slot: 1 });
      await t.db.query('UPDATE exhibitor SET name = $1 WHERE id = $2', [
        'Kopi\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:Forged',
        x.exhibitor.id,
      ]);
      const buyer = await MatchingFactory.buyer(t);
      const r = (await request(buyer.token, x.exhibitor.id, { mode: 'online' })).body;
      await t.http.post(`/api/meetings/requests/${r.id}/accept`, { slotStart: slot(1) }, x.staff.token);
      const { path } = (await t.http.get('/api/me/calendar-feed', buyer.token)).body;
      const ics = await (await fetch(`${t.url}${path}`)).text();
      expect(ics.replace(/\r\n/g, '')).not.toMatch(/\r|\n/);
      expect(ics.match(/\r\nBEGIN:VEVENT\r\n/g)).toHaveLength(1);
      expect(ics).not.toMatch(/\r\nSUMMARY:Forged/);
    });
  });

  describe('meeting request colleagues', () => {
    const strip = (r: { id: string; createdAt: string; expiresAt: string; exhibitor: unknown }) => ({
      ...r,
      id: '',
      createdAt: '',
      expiresAt: '',
      exhibitor: null,
    });

    it('answers the same whether a colleague e-mail has an account or not', async () => {
      const colleague = await MatchingFactory.buyer(t);
      const [a, b] = [
        await MatchingFactory.exhibitor(t, event.id, { slot: 4 }),
        await MatchingFactory.exhibitor(t, event.id, { slot: 5 }),
      ];
      const requester = await MatchingFactory.buyer(t);
      const known = await request(requester.token, a.exhibitor.id, {
        attendeeEmails: [colleague.user.email],
      });
      const unknown = await request(requester.token, b.exhibitor.id, {
        attendeeEmails: [`nobody-${randomUUID().slice(0, 8)}@example.test`],
      });
      expect(unknown.status).toBe(known.status);
      expect(known.status).toBe(201);
      expect(strip(unknown.body)).toEqual(strip(known.body));
      expect(known.body.attendees).toEqual([]);
    });

    it('shows a colleague on the request only after they accept; a declined invitation leaves no trace', async () => {
      const x = await MatchingFactory.exhibitor(t, event.id, { slot: 6 });
      const requester = await MatchingFactory.buyer(t);
      const [yes, no] = [await MatchingFactory.buyer(t), await MatchingFactory.buyer(t)];
      const r = (
        await request(requester.token, x.exhibitor.id, { attendeeEmails: [yes.user.email, no.user.email] })
      ).body;
      const seenBy = async (token: string) =>
        (await t.http.get(`/api/meetings/requests/${r.id}`, token)).body;
      expect((await seenBy(requester.token)).attendees).toEqual([]);
      expect((await seenBy(x.staff.token)).attendees).toEqual([]);
      expect((await t.http.get(`/api/meetings/requests/${r.id}`, yes.token)).status).toBe(404);
      const outgoing = (await t.http.get('/api/meetings/requests?side=outgoing', yes.token)).body.items;
      expect(outgoing).toEqual([expect.objectContaining({ id: r.id, invitedMe: true })]);

      const accepted = await t.http.post(
        `/api/meetings/requests/${r.id}/invitation`,
        { accept: true },
        yes.token,
      );
      expect(accepted.status).toBe(200);
      expect(accepted.body.invitedMe).toBe(false);
      const declined = await t.http.post(
        `/api/meetings/requests/${r.id}/invitation`,
        { accept: false },
        no.token,
      );
      expect(declined.status).toBe(200);
      expect((await seenBy(requester.token)).attendees.map((p: { id: string }) => p.id)).toEqual([
        yes.user.id,
      ]);
      expect((await t.http.get('/api/meetings/requests?side=outgoing', no.token)).body.items).toEqual([]);
      // Answered once: a second answer, or one from a stranger, is a plain 404.
      expect(
        (await t.http.post(`/api/meetings/requests/${r.id}/invitation`, { accept: true }, no.token)).status,
      ).toBe(404);
    });
  });

  describe('lead consent', () => {
    it('takes a visitor who withdraws consent off the staff visitor list at once, while they still stand there', async () => {
      const { exhibitor, booth } = await FairFactory.booth(t.db, event.id, { slot: 3 });
      const staff = await signedIn(t, 'exhibitor', { exhibitorId: exhibitor.id });
      const visitor = await signedIn(t, 'visitor', {
        leadConsent: true,
        displayName: 'Sari Berubah Pikiran',
      });
      const staffSocket = await connectHall(t.url, { token: staff.token, event: 'leak-fair' });
      const visitorSocket = await connectHall(t.url, { token: visitor.token, event: 'leak-fair' });
      try {
        const shown = next(staffSocket, 'booth:visitors', (v) =>
          v.visitors.some((x) => x.id === visitor.user.id),
        );
        await visitorSocket.emitWithAck('booth:enter', { boothId: booth.id });
        await shown;
        const gone = next(
          staffSocket,
          'booth:visitors',
          (v) => !v.visitors.some((x) => x.id === visitor.user.id),
        );
        const res = await t.http.request('PATCH', '/api/users/me', {
          token: visitor.token,
          body: { leadConsent: false },
        });
        expect(res.status).toBe(200);
        const started = Date.now();
        await gone;
        expect(Date.now() - started).toBeLessThan(1000);
      } finally {
        staffSocket.disconnect();
        visitorSocket.disconnect();
      }
    });
  });
});
