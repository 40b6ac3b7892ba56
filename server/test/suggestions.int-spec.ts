import type { ExhibitorSuggestion, BuyerSuggestion } from '@pameran/contracts';
import { ProductEntity } from '../src/modules/catalogue/product.entity';
import { EventEntity } from '../src/modules/events/event.entity';
import { AvailabilityEntity } from '../src/modules/matching/matching.entities';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import { createApp, TestApp } from './support/create-app';

jest.setTimeout(60_000);

type Booth = Awaited<ReturnType<typeof MatchingFactory.exhibitor>>;

describe('suggested partners (real PostgreSQL)', () => {
  let t: TestApp;
  let event: EventEntity;
  let slot: (i: number) => string;
  let coffee: Booth;
  let chips: Booth;
  let declining: Booth;
  let met: Booth;
  let full: Booth;

  const get = (token: string, query = '') =>
    t.http.request('GET', `/api/matching/suggestions?event=sug-fair${query}`, { token });
  const exhibitorIds = (items: ExhibitorSuggestion[]) => items.map((i) => i.exhibitorId);

  beforeAll(async () => {
    t = await createApp();
    event = await FairFactory.event(t.db, 'sug-fair');
    ({ slot } = await MatchingFactory.block(t.db, event, { slots: 6 }));
    // The catalogue is cached per node for 30 s, so every booth exists before the first call.
    chips = await MatchingFactory.exhibitor(t, event.id, { slot: 0 });
    coffee = await MatchingFactory.exhibitor(t, event.id, { slot: 0, category: 'minuman' });
    await t.db
      .getRepository(ProductEntity)
      .update(coffee.products[0].id, { nameId: 'Kopi Arabika Garut', nameEn: 'Garut arabica coffee' });
    declining = await MatchingFactory.exhibitor(t, event.id, { slot: 1, category: 'minuman' });
    met = await MatchingFactory.exhibitor(t, event.id, { slot: 2, category: 'minuman' });
    full = await MatchingFactory.exhibitor(t, event.id, { slot: 3, category: 'minuman' });
  });
  afterAll(() => t.close());

  it('cold start: a buyer with only a profile gets the exhibitor selling what they seek first, with the reason', async () => {
    const buyer = await MatchingFactory.buyer(t);
    await t.db.query(
      `UPDATE buyer_profile SET categories = '{minuman}', products_sought = '{kopi arabika}' WHERE user_id = $1`,
      [buyer.user.id],
    );
    const res = await get(buyer.token);
    expect(res.status).toBe(200);
    expect(res.body.kind).toBe('exhibitors');
    const [first] = res.body.items as ExhibitorSuggestion[];
    expect(first.exhibitorId).toBe(coffee.exhibitor.id);
    expect(first.reasons[0]).toEqual({ code: 'sought', params: { term: 'kopi arabika' } });
    expect(first.products[0]).toMatchObject({ id: coffee.products[0].id, nameEn: 'Garut arabica coffee' });
    expect(exhibitorIds(res.body.items)).toContain(chips.exhibitor.id);
  });

  it('what the buyer did lifts an exhibitor above the profile’s picks: shortlist, visit, chat and WhatsApp, saying so', async () => {
    const buyer = await MatchingFactory.buyer(t);
    await t.db.query(`UPDATE buyer_profile SET categories = '{minuman}' WHERE user_id = $1`, [buyer.user.id]);
    const before = (await get(buyer.token, '&limit=50')).body.items as ExhibitorSuggestion[];
    expect(before[0].exhibitorId).not.toBe(chips.exhibitor.id);
    expect(before.find((i) => i.exhibitorId === chips.exhibitor.id)?.reasons).toEqual([]);

    await t.http.request('PUT', `/api/me/shortlist/${chips.products[1].id}`, { token: buyer.token });
    await t.db.query(
      `INSERT INTO lead (booth_id, event_id, user_id, kind)
       SELECT $1, event_id, $2, k FROM booth, unnest(ARRAY['visit', 'chat', 'whatsapp']) k WHERE booth.id = $1`,
      [chips.booth.id, buyer.user.id],
    );
    const after = (await get(buyer.token)).body.items as ExhibitorSuggestion[];
    expect(after[0].exhibitorId).toBe(chips.exhibitor.id);
    expect(after[0].reasons.map((r) => r.code)).toEqual(['shortlisted', 'talked']);
  });

  it('hides exhibitors who declined the buyer, who already met them, and who have no slot left', async () => {
    const buyer = await MatchingFactory.buyer(t);
    const seen = exhibitorIds((await get(buyer.token, '&limit=50')).body.items);
    expect(seen).toEqual(expect.arrayContaining([declining, met, full].map((x) => x.exhibitor.id)));

    await t.db.query(
      `INSERT INTO meeting_request (event_id, exhibitor_id, requester_id, status, decline_reason, expires_at)
       VALUES ($1, $2, $3, 'declined', 'Stok habis', now() + interval '1 day')`,
      [event.id, declining.exhibitor.id, buyer.user.id],
    );
    await MatchingFactory.heldMeeting(t.db, event.id, met.exhibitor.id, buyer.user.id);
    // `full` can meet in one slot only, and another buyer has it.
    await t.db.getRepository(AvailabilityEntity).save({
      exhibitorId: full.exhibitor.id,
      startsAt: new Date(slot(0)),
      endsAt: new Date(slot(1)),
    });
    const other = await MatchingFactory.buyer(t);
    const [request] = await t.db.query(
      `INSERT INTO meeting_request (event_id, exhibitor_id, requester_id, status, expires_at)
       VALUES ($1, $2, $3, 'accepted', now() + interval '1 day') RETURNING id`,
      [event.id, full.exhibitor.id, other.user.id],
    );
    await t.db.query(
      `INSERT INTO meeting (event_id, request_id, exhibitor_id, starts_at, ends_at, mode, status)
       VALUES ($1, $2, $3, $4, $4::timestamptz + interval '20 minutes', 'online', 'scheduled')`,
      [event.id, request.id, full.exhibitor.id, slot(0)],
    );

    const after = exhibitorIds((await get(buyer.token, '&limit=50')).body.items);
    expect(after).not.toContain(declining.exhibitor.id);
    expect(after).not.toContain(met.exhibitor.id);
    expect(after).not.toContain(full.exhibitor.id);
    expect(after).toEqual(expect.arrayContaining([chips.exhibitor.id, coffee.exhibitor.id]));
    // Another buyer still sees the exhibitors who declined or met this one, but nobody sees the full one.
    const third = exhibitorIds((await get((await MatchingFactory.buyer(t)).token, '&limit=50')).body.items);
    expect(third).toEqual(expect.arrayContaining([declining.exhibitor.id, met.exhibitor.id]));
    expect(third).not.toContain(full.exhibitor.id);
  });

  it('exhibitor staff see listed buyers only, best fit first; visitors and organisers get 403', async () => {
    const listed = await MatchingFactory.buyer(t, 'SG', {
      directoryListed: true,
      directoryListedAt: new Date(),
    });
    await t.db.query(`UPDATE buyer_profile SET products_sought = '{kopi}' WHERE user_id = $1`, [
      listed.user.id,
    ]);
    const vague = await MatchingFactory.buyer(t, 'MY', {
      directoryListed: true,
      directoryListedAt: new Date(),
    });
    const unlisted = await MatchingFactory.buyer(t, 'JP');
    await t.db.query(`UPDATE buyer_profile SET products_sought = '{kopi}' WHERE user_id = $1`, [
      unlisted.user.id,
    ]);

    const res = await get(coffee.staff.token, '&limit=50');
    expect(res.status).toBe(200);
    expect(res.body.kind).toBe('buyers');
    const items = res.body.items as BuyerSuggestion[];
    const ids = items.map((b) => b.userId);
    expect(ids).toEqual(expect.arrayContaining([listed.user.id, vague.user.id]));
    expect(ids).not.toContain(unlisted.user.id);
    expect(items[0]).toMatchObject({ userId: listed.user.id, country: 'SG', type: 'buyer' });
    expect(items[0].company).toContain('Company');
    expect(items[0].reasons[0]).toEqual({ code: 'sought', params: { term: 'kopi' } });

    const visitor = await MatchingFactory.person(t, 'visitor');
    expect((await get(visitor.token)).status).toBe(403);
    const organiser = await MatchingFactory.person(t, 'organiser');
    expect((await get(organiser.token)).status).toBe(403);
  });

  it('an applicant exhibitor sees no buyers', async () => {
    const applicant = await FairFactory.exhibitor(t.db, event.id);
    const staff = await MatchingFactory.person(t, 'exhibitor', { exhibitorId: applicant.id });
    expect((await get(staff.token)).status).toBe(403);
  });
});
