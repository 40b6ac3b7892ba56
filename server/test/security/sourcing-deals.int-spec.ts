import { AuditLogEntity } from '../../src/modules/audit/audit-log.entity';
import { EventEntity } from '../../src/modules/events/event.entity';
import { FairFactory } from '../factories/fair.factory';
import { MatchingFactory } from '../factories/matching.factory';
import { createApp, TestApp } from '../support/create-app';

jest.setTimeout(60_000);

const SLUG = 'integrity-fair';
type Item = { id: string; responses: { exhibitor: { id: string } }[] };

/**
 * Abuse cases against sourcing requests and the fair's figures (docs/security.md, "Sourcing and deals"):
 * who reads a buyer's needs and competitors' offers, and whether a colluding pair or a repeating visitor
 * can move the public total, the rankings or the lead counts.
 */
describe('security: sourcing answers and figures people can trust (real PostgreSQL)', () => {
  let t: TestApp;
  let event: EventEntity;

  beforeAll(async () => {
    t = await createApp();
    event = await FairFactory.event(t.db, SLUG);
  });
  afterAll(() => t.close());

  const postRequest = async (category: 'makanan' | 'minuman' = 'makanan') => {
    const buyer = await MatchingFactory.buyer(t, 'JP');
    const posted = await t.http.post(
      `/api/events/${SLUG}/sourcing`,
      {
        title: 'Keripik tempe 1 t',
        category,
        quantity: 1,
        unit: 't',
        halal: true,
        exportReady: true,
        destinationCountry: 'JP',
      },
      buyer.token,
    );
    expect(posted.status).toBe(201);
    return { buyer, id: posted.body.id as string };
  };
  const answer = (id: string, token: string, productIds: string[] = []) =>
    t.http.post(`/api/sourcing/${id}/responses`, { message: 'Kami bisa kirim', productIds }, token);
  const listed = async (token: string) => {
    const res = await t.http.get(`/api/events/${SLUG}/sourcing`, token);
    return { status: res.status, items: (res.body.items ?? []) as Item[] };
  };

  it('an exhibitor that has only applied cannot read or answer buyers’ requests', async () => {
    const { id } = await postRequest();
    const applicant = await FairFactory.exhibitor(t.db, event.id, { category: 'makanan' });
    const staff = await MatchingFactory.person(t, 'exhibitor', { exhibitorId: applicant.id });
    const seen = await listed(staff.token);
    expect(seen.status).toBe(403);
    expect(seen.items.map((s) => s.id)).not.toContain(id);
    // Answering by id: the request is answered as if it did not exist.
    expect((await answer(id, staff.token)).status).toBe(404);
  });

  it('an approved exhibitor of another category neither sees nor answers the request', async () => {
    const { id } = await postRequest('makanan');
    const drinks = await MatchingFactory.exhibitor(t, event.id, { slot: 1, category: 'minuman' });
    expect((await listed(drinks.staff.token)).items.map((s) => s.id)).not.toContain(id);
    const reply = await answer(id, drinks.staff.token);
    expect(reply.status).toBe(404);
    expect(JSON.stringify(reply.body)).not.toContain('Keripik');
  });

  it('an exhibitor sees only its own answer; the buyer sees every answer', async () => {
    const { buyer, id } = await postRequest();
    const first = await MatchingFactory.exhibitor(t, event.id, { slot: 2 });
    const second = await MatchingFactory.exhibitor(t, event.id, { slot: 3 });
    expect((await answer(id, first.staff.token, [first.products[0].id])).status).toBe(201);
    const reply = await answer(id, second.staff.token, [second.products[0].id]);
    expect(reply.status).toBe(201);
    const answeredBy = (item: Item) => item.responses.map((r) => r.exhibitor.id);
    expect(answeredBy(reply.body)).toEqual([second.exhibitor.id]);
    const inList = (await listed(second.staff.token)).items.find((s) => s.id === id)!;
    expect(answeredBy(inList)).toEqual([second.exhibitor.id]);
    const buyers = (await listed(buyer.token)).items.find((s) => s.id === id)!;
    expect(answeredBy(buyers).sort()).toEqual([first.exhibitor.id, second.exhibitor.id].sort());
  });

  it('a colluding buyer and exhibitor cannot move the public total with an absurd deal', async () => {
    const x = await MatchingFactory.exhibitor(t, event.id, { slot: 4 });
    const accomplice = await MatchingFactory.buyer(t, 'SG');
    const organiser = await MatchingFactory.person(t, 'organiser');
    const total = async () => (await t.http.get(`/api/events/${SLUG}/deals/totals`)).body.total as number;
    const before = await total();
    const book = (value: number) =>
      t.http.post(
        '/api/deals',
        { exhibitorId: x.exhibitor.id, value, status: 'paid', note: 'Sesuai kesepakatan' },
        accomplice.token,
      );

    const absurd = await book(Number.MAX_SAFE_INTEGER);
    expect(absurd.status).toBe(400);
    expect(absurd.body.fields[0].path).toBe('value');
    // Within the hard ceiling but far outside the fair's plausible range, confirmed by the accomplice.
    const huge = await book(900_000_000_000);
    expect(huge.status).toBe(201);
    expect((await t.http.post(`/api/deals/${huge.body.id}/confirm`, {}, x.staff.token)).body).toMatchObject({
      verification: 'claimed',
    });
    expect(await total()).toBe(before);
    const ranking = await t.http.get(
      `/api/admin/console/${SLUG}/dashboard/booths?sort=dealsValue`,
      organiser.token,
    );
    expect(
      ranking.body.items.find((b: { exhibitorId: string }) => b.exhibitorId === x.exhibitor.id).dealsValue,
    ).toBe(0);

    // It waits in the organiser's queue; rejected with a reason (audited), it never counts.
    const queue = await t.http.get(`/api/admin/events/${SLUG}/deals/verification`, organiser.token);
    expect(queue.body.items).toContainEqual(
      expect.objectContaining({ id: huge.body.id, inRange: false, meetingStatus: null }),
    );
    expect(queue.body.claimed.total - queue.body.verified.total).toBeGreaterThanOrEqual(900_000_000_000);
    expect((await t.http.post(`/api/admin/deals/${huge.body.id}/verify`, {}, accomplice.token)).status).toBe(
      403,
    );
    const rejected = await t.http.post(
      `/api/admin/deals/${huge.body.id}/reject`,
      { reason: 'Tidak ada bukti transaksi' },
      organiser.token,
    );
    expect(rejected.body).toMatchObject({
      verification: 'rejected',
      rejectionReason: 'Tidak ada bukti transaksi',
    });
    expect(await total()).toBe(before);
    const trail = await t.db.getRepository(AuditLogEntity).findBy({ entityId: huge.body.id });
    expect(trail.map((a) => a.action)).toContain('deal.reject');
    // Both sides are told, with the reason.
    for (const side of [accomplice.token, x.staff.token]) {
      const notes = await t.http.get('/api/me/notifications', side);
      expect(notes.body.items).toContainEqual(
        expect.objectContaining({
          kind: 'deal_rejected',
          data: { value: '900000000000', reason: 'Tidak ada bukti transaksi' },
        }),
      );
    }
  });

  it('a deal from a held meeting within the range counts at once; one without waits for the organiser', async () => {
    const x = await MatchingFactory.exhibitor(t, event.id, { slot: 5 });
    const buyer = await MatchingFactory.buyer(t, 'MY');
    const organiser = await MatchingFactory.person(t, 'organiser');
    const total = async () => (await t.http.get(`/api/events/${SLUG}/deals/totals`)).body.total as number;
    const before = await total();
    const meetingId = await MatchingFactory.heldMeeting(t.db, event.id, x.exhibitor.id, buyer.user.id);
    const met = await t.http.post(
      '/api/deals',
      { exhibitorId: x.exhibitor.id, value: 150_000_000, status: 'po', meetingId },
      buyer.token,
    );
    const confirmed = await t.http.post(`/api/deals/${met.body.id}/confirm`, {}, x.staff.token);
    expect(confirmed.body.verification).toBe('verified');
    expect(await total()).toBe(before + 150_000_000);

    // No evidence at all is refused; a note without a meeting needs the organiser.
    const bare = await t.http.post(
      '/api/deals',
      { exhibitorId: x.exhibitor.id, value: 2_000_000, status: 'po' },
      buyer.token,
    );
    expect(bare.status).toBe(422);
    const noted = await t.http.post(
      '/api/deals',
      { exhibitorId: x.exhibitor.id, value: 2_000_000, status: 'po', note: 'PO 17/XII' },
      buyer.token,
    );
    await t.http.post(`/api/deals/${noted.body.id}/confirm`, {}, x.staff.token);
    expect(await total()).toBe(before + 150_000_000);
    const verified = await t.http.post(`/api/admin/deals/${noted.body.id}/verify`, {}, organiser.token);
    expect(verified.body.verification).toBe('verified');
    expect(await total()).toBe(before + 152_000_000);
  });

  it('repeated WhatsApp clicks and booth visits count once per visitor, booth and day', async () => {
    const x = await MatchingFactory.exhibitor(t, event.id, { slot: 6 });
    const pump = await MatchingFactory.person(t, 'visitor');
    const honest = await MatchingFactory.person(t, 'visitor');
    const organiser = await MatchingFactory.person(t, 'organiser');
    for (let i = 0; i < 5; i++)
      await t.http.request('POST', '/api/leads/whatsapp', {
        body: { boothId: x.booth.id },
        token: pump.token,
      });
    await t.http.request('POST', '/api/leads/whatsapp', {
      body: { boothId: x.booth.id },
      token: honest.token,
    });
    // Entering the booth again and again (what the hall's visit recorder writes), and once yesterday.
    await t.db.query(
      `INSERT INTO lead (booth_id, event_id, user_id, kind, created_at)
       SELECT $1, (SELECT event_id FROM booth WHERE id = $1), $2, 'visit', now() - (g || ' seconds')::interval FROM generate_series(1, 20) g`,
      [x.booth.id, pump.user.id],
    );
    await t.db.query(
      `INSERT INTO lead (booth_id, event_id, user_id, kind, created_at)
       VALUES ($1, (SELECT event_id FROM booth WHERE id = $1), $2, 'visit', now() - interval '1 day')`,
      [x.booth.id, pump.user.id],
    );

    const ranking = await t.http.get(`/api/admin/console/${SLUG}/dashboard/booths`, organiser.token);
    const row = ranking.body.items.find((b: { boothId: string }) => b.boothId === x.booth.id);
    expect(row).toMatchObject({ visits: 2, uniques: 1, whatsapp: 2 });
    const leads = await t.http.get(`/api/backoffice/booths/${x.booth.id}/leads/summary`, x.staff.token);
    expect(leads.body.totals).toMatchObject({ visits: 2, uniqueVisitors: 1, whatsapp: 2 });
    const dashboard = await t.http.get(`/api/admin/console/${SLUG}/dashboard`, organiser.token);
    expect(dashboard.body.whatsappClicks).toBe(2);
    expect(dashboard.body.visits.total).toBe(2);
  });
});
