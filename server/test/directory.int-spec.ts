import { randomUUID } from 'node:crypto';
import { EventEntity } from '../src/modules/events/event.entity';
import { MeetingEntity, MeetingParticipantEntity } from '../src/modules/matching/matching.entities';
import { NotificationEntity } from '../src/modules/notifications/notification.entity';
import { EffectRunner } from '../src/modules/schedule/effect-runner.service';
import { BuyerProfileEntity, UserEntity } from '../src/modules/users/user.entity';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import { organiseEveryFair, signedIn } from './factories/user.factory';
import { createApp, TestApp } from './support/create-app';

jest.setTimeout(90_000);

const MINUTE = 60_000;

describe('buyer directory, exhibitor→buyer requests, meetings following their block (real PostgreSQL)', () => {
  let t: TestApp;
  let event: EventEntity;
  let slot: (i: number) => string;
  let organiser: Awaited<ReturnType<typeof signedIn>>;

  beforeAll(async () => {
    t = await createApp();
    event = await FairFactory.event(t.db, 'directory-fair');
    ({ slot } = await MatchingFactory.block(t.db, event, { slots: 12 }));
    organiser = await signedIn(t, 'organiser');
  });
  afterAll(() => t.close());

  /** The directory's routes name the fair the staff act in (docs/decisions/0025-many-fairs.md). */
  const inFair = (path: string, slug = 'directory-fair') =>
    path.startsWith('/api/matching/buyers') ? `${path}${path.includes('?') ? '&' : '?'}event=${slug}` : path;
  const get = (token: string, path: string) => t.http.request('GET', inFair(path), { token });
  const ask = (token: string, buyerId: string, body: object, key: string = randomUUID(), fair?: string) =>
    t.http.request('POST', inFair(`/api/matching/buyers/${buyerId}/requests`, fair), {
      token,
      body,
      headers: { 'idempotency-key': key },
    });
  const act = (token: string, id: string, action: string, body: object = {}) =>
    t.http.request('POST', `/api/meetings/requests/${id}/${action}`, { token, body });

  /** A buyer who agreed to be listed, with a profile to filter on. */
  async function listed(profile: Partial<BuyerProfileEntity> = {}, user: Partial<UserEntity> = {}) {
    const buyer = await MatchingFactory.buyer(t, profile.country ?? 'MY', { directoryListed: true, ...user });
    if (Object.keys(profile).length)
      await t.db.getRepository(BuyerProfileEntity).update({ userId: buyer.user.id }, profile);
    return buyer;
  }

  describe('the directory', () => {
    it('is for staff of approved exhibitors and organisers; visitors, buyers and unapproved exhibitors get 403', async () => {
      const x = await MatchingFactory.exhibitor(t, event.id, { slot: 1 });
      const pending = await FairFactory.exhibitor(t.db, event.id, { status: 'applied' });
      const applicant = await MatchingFactory.person(t, 'exhibitor', { exhibitorId: pending.id });
      const visitor = await MatchingFactory.person(t, 'visitor');
      const buyer = await listed();
      for (const who of [visitor, buyer, applicant]) {
        expect((await get(who.token, '/api/matching/buyers')).status).toBe(403);
        expect((await get(who.token, `/api/matching/buyers/${buyer.user.id}`)).status).toBe(403);
        expect((await ask(who.token, buyer.user.id, {})).status).toBe(403);
      }
      expect((await get(x.staff.token, '/api/matching/buyers')).status).toBe(200);
      expect((await get(organiser.token, '/api/matching/buyers')).status).toBe(200);
      expect((await ask(organiser.token, buyer.user.id, {})).status).toBe(403);
    });

    it('lists only consenting buyers, never their e-mail; an unlisted, banned or erased buyer is a 404; revoking hides at once', async () => {
      const x = await MatchingFactory.exhibitor(t, event.id, { slot: 2 });
      const shown = await listed({ company: 'Shown Trading Sdn Bhd' });
      const unlisted = await MatchingFactory.buyer(t, 'MY');
      const banned = await listed({ company: 'Banned Trading' });
      await t.db.query(`INSERT INTO sanction (user_id, kind, reason) VALUES ($1, 'ban', 'spam')`, [
        banned.user.id,
      ]);
      const erased = await listed({ company: 'Erased Trading' });
      await t.db.getRepository(UserEntity).update({ id: erased.user.id }, { deletedAt: new Date() });

      const page = await get(x.staff.token, '/api/matching/buyers?pageSize=50&q=Trading');
      expect(page.status).toBe(200);
      const ids = page.body.items.map((c: { id: string }) => c.id);
      expect(ids).toContain(shown.user.id);
      for (const hidden of [unlisted, banned, erased]) {
        expect(ids).not.toContain(hidden.user.id);
        expect((await get(x.staff.token, `/api/matching/buyers/${hidden.user.id}`)).status).toBe(404);
      }
      const card = await get(x.staff.token, `/api/matching/buyers/${shown.user.id}`);
      expect(card.status).toBe(200);
      expect(card.body).toMatchObject({ company: 'Shown Trading Sdn Bhd', country: 'MY', type: 'buyer' });
      expect(JSON.stringify(card.body)).not.toContain('@');
      expect(Object.keys(card.body)).not.toEqual(expect.arrayContaining(['email']));

      const revoke = await t.http.request('PATCH', '/api/users/me', {
        token: shown.token,
        body: { directoryListed: false },
      });
      expect(revoke.status).toBe(200);
      expect((await get(x.staff.token, `/api/matching/buyers/${shown.user.id}`)).status).toBe(404);
      expect((await ask(x.staff.token, shown.user.id, {})).status).toBe(404);
    });

    it('filters by country, category, company type, language and company text, and pages', async () => {
      const x = await MatchingFactory.exhibitor(t, event.id, { slot: 3 });
      const tag = randomUUID().slice(0, 6);
      const a = await listed({
        company: `Alpha ${tag}`,
        country: 'SG',
        categories: ['minuman'],
        type: 'investor',
        languages: ['en'],
        productsSought: ['kopi arabika'],
        monthlyVolume: 500,
      });
      const b = await listed({
        company: `Beta ${tag}`,
        country: 'SG',
        categories: ['makanan'],
        languages: ['ms'],
      });
      await listed({ company: `Gamma ${tag}`, country: 'BN', categories: ['minuman'], languages: ['en'] });
      const ids = async (query: string) => {
        const res = await get(x.staff.token, `/api/matching/buyers?${query}`);
        expect(res.body).toHaveProperty('items');
        return res.body.items.map((c: { id: string }) => c.id);
      };
      expect(await ids(`q=${tag}&country=SG`)).toEqual([a.user.id, b.user.id]);
      expect(await ids(`q=${tag}&country=SG&category=minuman`)).toEqual([a.user.id]);
      expect(await ids(`q=${tag}&type=investor`)).toEqual([a.user.id]);
      expect(await ids(`q=${tag}&language=ms`)).toEqual([b.user.id]);
      expect(await ids(`q=beta%20${tag}`)).toEqual([b.user.id]);
      const paged = await get(x.staff.token, `/api/matching/buyers?q=${tag}&pageSize=2&page=2`);
      expect(paged.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(paged.body.items).toHaveLength(1);
      const card = (await get(x.staff.token, `/api/matching/buyers/${a.user.id}`)).body;
      expect(card).toMatchObject({ productsSought: ['kopi arabika'], monthlyVolume: 500, languages: ['en'] });
      expect((await get(x.staff.token, '/api/matching/buyers?country=Singapore')).status).toBe(400);
    });
  });

  describe('requests from exhibitors to buyers', () => {
    it('goes through the buyer’s acceptance; the asker cannot answer; double booking of the buyer is refused', async () => {
      const x = await MatchingFactory.exhibitor(t, event.id, { slot: 4 });
      const y = await MatchingFactory.exhibitor(t, event.id, { slot: 5 });
      const buyer = await listed();
      const key = randomUUID();
      const body = {
        message: 'Kami punya keripik halal',
        preferredSlots: [{ start: slot(2), end: slot(3) }],
      };
      const sent = await ask(x.staff.token, buyer.user.id, body, key);
      expect(sent.status).toBe(201);
      expect(sent.body).toMatchObject({
        askedBy: 'exhibitor',
        status: 'pending',
        requester: { id: buyer.user.id },
      });
      expect((await ask(x.staff.token, buyer.user.id, body, key)).body.id).toBe(sent.body.id);
      const again = await ask(x.staff.token, buyer.user.id, body);
      expect(again.status).toBe(409);
      const told = await t.db
        .getRepository(NotificationEntity)
        .findOneBy({ userId: buyer.user.id, kind: 'request_new' });
      expect(told).not.toBeNull();

      // The buyer sees it where they see their requests, and answers it; the asking side may not.
      const mine = await get(buyer.token, '/api/meetings/requests?side=outgoing');
      expect(mine.body.items.map((r: { id: string }) => r.id)).toContain(sent.body.id);
      expect((await act(x.staff.token, sent.body.id, 'accept', { slotStart: slot(2) })).status).toBe(403);
      expect((await act(x.staff.token, sent.body.id, 'counter', { slotStart: slot(2) })).status).toBe(403);
      expect((await act(buyer.token, sent.body.id, 'cancel')).status).toBe(403);
      const accepted = await act(buyer.token, sent.body.id, 'accept', { slotStart: slot(2) });
      expect(accepted.status).toBe(200);
      expect(accepted.body.meeting).toMatchObject({ start: slot(2), exhibitor: { id: x.exhibitor.id } });

      // Another exhibitor asks the same buyer; the same slot is refused by the database.
      const other = await ask(y.staff.token, buyer.user.id, {});
      const clash = await act(buyer.token, other.body.id, 'accept', { slotStart: slot(2) });
      expect(clash.status).toBe(409);
      expect(clash.body.code).toBe('slot_taken');
      // The buyer proposes another slot; the exhibitor (the asker) accepts the proposal.
      expect((await act(buyer.token, other.body.id, 'counter', { slotStart: slot(3) })).status).toBe(200);
      const agreed = await act(y.staff.token, other.body.id, 'accept');
      expect(agreed.status).toBe(200);
      expect(agreed.body.meeting.start).toBe(slot(3));
    });

    it('the asker may cancel; the buyer declines instead of cancelling', async () => {
      const x = await MatchingFactory.exhibitor(t, event.id, { slot: 6 });
      const buyer = await listed();
      const first = await ask(x.staff.token, buyer.user.id, {});
      expect((await act(x.staff.token, first.body.id, 'decline', { reason: 'not us' })).status).toBe(403);
      expect((await act(x.staff.token, first.body.id, 'cancel')).body.status).toBe('cancelled');
      const second = await ask(x.staff.token, buyer.user.id, {});
      expect((await act(buyer.token, second.body.id, 'decline', { reason: 'not now' })).body.status).toBe(
        'declined',
      );
    });

    it('respects the buyer’s working hours and a daily limit per sender', async () => {
      const x = await MatchingFactory.exhibitor(t, event.id, { slot: 7 });
      const h = new Date(slot(0)).getUTCHours();
      const from = (h + 6) % 24;
      const hh = (n: number) => String(n).padStart(2, '0');
      const busy = await listed(
        {},
        {
          timeZone: 'UTC',
          workingHours: { from: `${hh(from)}:00`, to: from === 23 ? '24:00' : `${hh(from + 1)}:00` },
        },
      );
      const outside = await ask(x.staff.token, busy.user.id, {
        preferredSlots: [{ start: slot(0), end: slot(1) }],
      });
      expect(outside.status).toBe(422);
      expect(outside.body.fields[0].path).toBe('preferredSlots.0.start');

      const { dailyLimit } = event.matchingSettings;
      for (let i = 0; i < dailyLimit; i++)
        expect((await ask(x.staff.token, (await listed()).user.id, {})).status).toBe(201);
      const over = await ask(x.staff.token, (await listed()).user.id, {});
      expect(over.status).toBe(429);
      expect(over.body.code).toBe('daily_limit');
    });
  });

  describe('meetings follow their matching block', () => {
    /** An event of its own with one block and one meeting booked per given slot index. */
    async function bookedBlock(slug: string, indexes: number[]) {
      const fair = await FairFactory.event(t.db, slug);
      await organiseEveryFair(t, organiser.user);
      const b = await MatchingFactory.block(t.db, fair, { slots: 6, inMinutes: 90 });
      const x = await MatchingFactory.exhibitor(t, fair.id, { slot: 1 });
      const buyers = [];
      const meetings: string[] = [];
      for (const i of indexes) {
        const buyer = await listed();
        const r = await ask(x.staff.token, buyer.user.id, {}, undefined, slug);
        const ok = await act(buyer.token, r.body.id, 'accept', { slotStart: b.slot(i) });
        expect(ok.status).toBe(200);
        buyers.push(buyer);
        meetings.push(ok.body.meeting.id);
      }
      return { ...b, x, buyers, meetings };
    }
    const control = (id: string, body: object) =>
      t.http.request('POST', `/api/admin/sessions/${id}/control`, { token: organiser.token, body });
    const settle = async () => {
      const runner = t.app.get(EffectRunner);
      await runner.tick();
      await runner.tick();
    };
    const notes = (userId: string, kind: string) =>
      t.db.getRepository(NotificationEntity).findBy({ userId, kind: kind as NotificationEntity['kind'] });

    it('a delay moves the booked meetings (and their people’s times) by as much, and tells both parties once', async () => {
      const { block, x, buyers, meetings } = await bookedBlock('delay-fair', [0, 1]);
      const before = await t.db.getRepository(MeetingEntity).findBy({ exhibitorId: x.exhibitor.id });
      expect((await control(block.id, { action: 'delay', minutes: 20 })).status).toBe(200);
      await settle();
      await settle(); // a second pass changes nothing more
      for (const id of meetings) {
        const was = before.find((m) => m.id === id)!;
        const now = await t.db.getRepository(MeetingEntity).findOneByOrFail({ id });
        expect(now.status).toBe('scheduled');
        expect(now.startsAt.getTime() - was.startsAt.getTime()).toBe(20 * MINUTE);
        const people = await t.db.getRepository(MeetingParticipantEntity).findBy({ meetingId: id });
        for (const p of people) expect(p.startsAt.getTime()).toBe(now.startsAt.getTime());
      }
      const moved = await notes(buyers[0].user.id, 'meeting_moved');
      expect(moved).toHaveLength(1);
      expect(moved[0].data).toMatchObject({ name: expect.any(String), time: expect.any(String) });
      expect(await notes(x.staff.user.id, 'meeting_moved')).toHaveLength(2);
    });

    it('a cancelled block cancels its meetings and tells both parties', async () => {
      const { block, x, buyers, meetings } = await bookedBlock('cancel-fair', [2]);
      expect((await control(block.id, { action: 'cancel' })).status).toBe(200);
      await settle();
      expect((await t.db.getRepository(MeetingEntity).findOneByOrFail({ id: meetings[0] })).status).toBe(
        'cancelled',
      );
      const people = await t.db.getRepository(MeetingParticipantEntity).findBy({ meetingId: meetings[0] });
      expect(people.every((p) => p.cancelled)).toBe(true);
      expect(await notes(buyers[0].user.id, 'meeting_cancelled')).toHaveLength(1);
      expect(await notes(x.staff.user.id, 'meeting_cancelled')).toHaveLength(1);
    });

    it('new planned times in the session form move the meetings with the start; those past the new end are cancelled', async () => {
      const { block, slot: at, x, buyers, meetings } = await bookedBlock('edit-fair', [0, 4]);
      const edited = await t.http.request('PATCH', `/api/admin/sessions/${block.id}`, {
        token: organiser.token,
        body: { startsAt: at(2), endsAt: at(6) },
      });
      expect(edited.status).toBe(200);
      await settle();
      await settle(); // a second pass changes nothing more
      const first = await t.db.getRepository(MeetingEntity).findOneByOrFail({ id: meetings[0] });
      expect([first.status, first.startsAt.toISOString()]).toEqual(['scheduled', at(2)]);
      const last = await t.db.getRepository(MeetingEntity).findOneByOrFail({ id: meetings[1] });
      expect(last.status).toBe('cancelled');
      expect(await notes(buyers[0].user.id, 'meeting_moved')).toHaveLength(1);
      expect(await notes(buyers[1].user.id, 'meeting_cancelled')).toHaveLength(1);
      expect(await notes(x.staff.user.id, 'meeting_cancelled')).toHaveLength(1);
      // A title-only edit moves nothing.
      const renamed = await t.http.request('PATCH', `/api/admin/sessions/${block.id}`, {
        token: organiser.token,
        body: { title: { id: 'Temu bisnis pagi', en: 'Morning business matching' } },
      });
      expect(renamed.status).toBe(200);
      await settle();
      expect(await notes(buyers[0].user.id, 'meeting_moved')).toHaveLength(1);
    });

    it('a deleted block cancels its meetings and tells both parties', async () => {
      const { block, x, buyers, meetings } = await bookedBlock('delete-fair', [1]);
      const removed = await t.http.request('DELETE', `/api/admin/sessions/${block.id}`, {
        token: organiser.token,
      });
      expect(removed.status).toBeLessThan(300);
      await settle();
      expect((await t.db.getRepository(MeetingEntity).findOneByOrFail({ id: meetings[0] })).status).toBe(
        'cancelled',
      );
      expect(await notes(buyers[0].user.id, 'meeting_cancelled')).toHaveLength(1);
      expect(await notes(x.staff.user.id, 'meeting_cancelled')).toHaveLength(1);
    });

    it('starting a block early moves its slot grid and its meetings, so the first meeting starts now', async () => {
      const { block, slot: at, x, buyers, meetings } = await bookedBlock('early-fair', [0, 1]);
      const started = await control(block.id, { action: 'start_now' });
      expect(started.status).toBe(200);
      await settle();
      const first = await t.db.getRepository(MeetingEntity).findOneByOrFail({ id: meetings[0] });
      const second = await t.db.getRepository(MeetingEntity).findOneByOrFail({ id: meetings[1] });
      expect(Math.abs(first.startsAt.getTime() - Date.now())).toBeLessThan(MINUTE);
      expect(second.startsAt.getTime() - first.startsAt.getTime()).toBe(20 * MINUTE);
      await settle(); // its start effect, now due
      expect((await t.db.getRepository(MeetingEntity).findOneByOrFail({ id: meetings[0] })).status).toBe(
        'live',
      );
      expect(await notes(buyers[1].user.id, 'meeting_moved')).toHaveLength(1);
      // The grid starts with the block: the planned first slot is not a slot any more, the moved one is.
      const slots = await get(buyers[0].token, `/api/meetings/slots?exhibitorId=${x.exhibitor.id}`);
      const starts = slots.body.map((s: { start: string }) => s.start);
      expect(starts).toContain(second.startsAt.toISOString());
      expect(starts).not.toContain(at(1));
    });
  });
});
