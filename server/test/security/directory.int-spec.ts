import { randomUUID } from 'node:crypto';
import { EventEntity } from '../../src/modules/events/event.entity';
import { MeetingEntity, MeetingRequestEntity } from '../../src/modules/matching/matching.entities';
import { BuyerProfileEntity, UserEntity } from '../../src/modules/users/user.entity';
import { FairFactory } from '../factories/fair.factory';
import { MatchingFactory } from '../factories/matching.factory';
import { createApp, TestApp } from '../support/create-app';

jest.setTimeout(60_000);

/**
 * Abuse cases against the buyer directory and exhibitors' requests to buyers (docs/security.md, "Buyer
 * directory"): who may read buyers' cards, whether ids can be probed, whether contact details leak, and
 * whether an exhibitor can book or spam a buyer.
 */
describe('security: the buyer directory (real PostgreSQL)', () => {
  let t: TestApp;
  let event: EventEntity;
  let slot: (i: number) => string;

  beforeAll(async () => {
    t = await createApp();
    event = await FairFactory.event(t.db, 'directory-security');
    ({ slot } = await MatchingFactory.block(t.db, event, { slots: 12 }));
  });
  afterAll(() => t.close());

  /** The directory's routes name the fair the staff act in (docs/decisions/0025-many-fairs.md). */
  const inFair = (path: string, slug = 'directory-security') =>
    path.startsWith('/api/matching/buyers') ? `${path}${path.includes('?') ? '&' : '?'}event=${slug}` : path;
  const get = (token: string, path: string) => t.http.request('GET', inFair(path), { token });
  const ask = (token: string, buyerId: string, body: object = {}) =>
    t.http.request('POST', inFair(`/api/matching/buyers/${buyerId}/requests`), {
      token,
      body,
      headers: { 'idempotency-key': randomUUID() },
    });
  const listed = async (user: Partial<UserEntity> = {}) => {
    const buyer = await MatchingFactory.buyer(t, 'MY', { directoryListed: true, ...user });
    await t.db.getRepository(BuyerProfileEntity).update({ userId: buyer.user.id }, { company: 'Listed Co' });
    return buyer;
  };

  it('an exhibitor that has only applied, or a buyer, cannot read the directory or a card', async () => {
    const applied = await FairFactory.exhibitor(t.db, event.id, { status: 'applied' });
    const applicant = await MatchingFactory.person(t, 'exhibitor', { exhibitorId: applied.id });
    const buyer = await MatchingFactory.buyer(t);
    const target = await listed();
    for (const who of [applicant, buyer]) {
      expect((await get(who.token, '/api/matching/buyers')).status).toBe(403);
      expect((await get(who.token, `/api/matching/buyers/${target.user.id}`)).status).toBe(403);
    }
  });

  it('probing ids tells nothing: unlisted, revoked, banned, erased, non-buyer and unknown ids answer alike', async () => {
    const x = await MatchingFactory.exhibitor(t, event.id, { slot: 1 });
    const unlisted = await MatchingFactory.buyer(t);
    const revoked = await listed();
    await t.http.request('PATCH', '/api/users/me', {
      token: revoked.token,
      body: { directoryListed: false },
    });
    const banned = await listed();
    await t.db.query(`INSERT INTO sanction (user_id, kind) VALUES ($1, 'ban')`, [banned.user.id]);
    const erased = await listed();
    await t.db.getRepository(UserEntity).update({ id: erased.user.id }, { deletedAt: new Date() });
    const ids = [
      unlisted.user.id,
      revoked.user.id,
      banned.user.id,
      erased.user.id,
      x.staff.user.id,
      randomUUID(),
    ];
    const answers = new Set<string>();
    for (const id of ids) {
      const card = await get(x.staff.token, `/api/matching/buyers/${id}`);
      const request = await ask(x.staff.token, id);
      answers.add(
        `${card.status} ${JSON.stringify(card.body)} ${request.status} ${JSON.stringify(request.body)}`,
      );
    }
    expect([...answers]).toHaveLength(1);
    expect([...answers][0]).toMatch(/^404 .* 404 /);
    expect(await t.db.getRepository(MeetingRequestEntity).countBy({ senderId: x.staff.user.id })).toBe(0);
  });

  it('cards and pages carry no e-mail, phone or job title', async () => {
    const x = await MatchingFactory.exhibitor(t, event.id, { slot: 2 });
    const buyer = await listed();
    await t.db
      .getRepository(BuyerProfileEntity)
      .update({ userId: buyer.user.id }, { jobTitle: 'Head buyer' });
    const page = await get(x.staff.token, '/api/matching/buyers?pageSize=50');
    const card = await get(x.staff.token, `/api/matching/buyers/${buyer.user.id}`);
    for (const text of [JSON.stringify(page.body), JSON.stringify(card.body)]) {
      expect(text).not.toContain(buyer.user.email!);
      expect(text).not.toMatch(/"(email|phone|jobTitle)"/);
    }
  });

  it('an exhibitor cannot book a buyer without the buyer: accepting its own request is refused', async () => {
    const x = await MatchingFactory.exhibitor(t, event.id, { slot: 3 });
    const buyer = await listed();
    const sent = await ask(x.staff.token, buyer.user.id, {
      preferredSlots: [{ start: slot(1), end: slot(2) }],
    });
    expect(sent.status).toBe(201);
    const self = await t.http.request('POST', `/api/meetings/requests/${sent.body.id}/accept`, {
      token: x.staff.token,
      body: { slotStart: slot(1) },
    });
    expect(self.status).toBe(403);
    expect(await t.db.getRepository(MeetingEntity).countBy({ requestId: sent.body.id })).toBe(0);
  });

  it('another exhibitor cannot see or answer a request sent to a buyer', async () => {
    const x = await MatchingFactory.exhibitor(t, event.id, { slot: 4 });
    const rival = await MatchingFactory.exhibitor(t, event.id, { slot: 5 });
    const buyer = await listed();
    const sent = await ask(x.staff.token, buyer.user.id);
    expect((await get(rival.staff.token, `/api/meetings/requests/${sent.body.id}`)).status).toBe(404);
    const cancel = await t.http.request('POST', `/api/meetings/requests/${sent.body.id}/cancel`, {
      token: rival.staff.token,
      body: {},
    });
    expect(cancel.status).toBe(404);
  });

  it('a staff member firing requests at every listed buyer at once stops at the daily limit', async () => {
    const x = await MatchingFactory.exhibitor(t, event.id, { slot: 6 });
    const { dailyLimit } = event.matchingSettings;
    const buyers = [];
    for (let i = 0; i < dailyLimit + 4; i++) buyers.push(await listed());
    const results = await Promise.all(buyers.map((b) => ask(x.staff.token, b.user.id)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(dailyLimit);
    expect(results.filter((r) => r.status === 429).every((r) => r.body.code === 'daily_limit')).toBe(true);
    expect(await t.db.getRepository(MeetingRequestEntity).countBy({ senderId: x.staff.user.id })).toBe(
      dailyLimit,
    );
  });
});
