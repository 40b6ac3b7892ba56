import { randomUUID } from 'node:crypto';
import { AuditLogEntity } from '../src/modules/audit/audit-log.entity';
import { EventEntity } from '../src/modules/events/event.entity';
import { MeetingRequestEntity } from '../src/modules/matching/matching.entities';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import { createApp, TestApp } from './support/create-app';
import { connectHall, next } from './support/hall-client';

jest.setTimeout(60_000);

describe('deals, auto-scheduling, sourcing and the calendar feed (real PostgreSQL)', () => {
  let t: TestApp;
  let event: EventEntity;
  let slot: (i: number) => string;

  beforeAll(async () => {
    t = await createApp();
    event = await FairFactory.event(t.db, 'deal-fair');
    ({ slot } = await MatchingFactory.block(t.db, event, { slots: 6 }));
  });
  afterAll(() => t.close());

  const request = (token: string, exhibitorId: string, extra: object = {}) =>
    t.http.request('POST', '/api/meetings/requests', {
      token,
      body: { exhibitorId, ...extra },
      headers: { 'idempotency-key': randomUUID() },
    });

  it('records a deal, confirms it by the other party only, and counts only confirmed deals', async () => {
    const x = await MatchingFactory.exhibitor(t, event.id, { slot: 1 });
    const buyer = await MatchingFactory.buyer(t, 'SG');
    const totals = () => t.http.get('/api/events/deal-fair/deals/totals');
    const before = (await totals()).body.total;

    const bad = await t.http.post(
      '/api/deals',
      { value: 0, status: 'po', exhibitorId: x.exhibitor.id },
      buyer.token,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].path).toBe('value');

    const deal = await t.http.post(
      '/api/deals',
      {
        exhibitorId: x.exhibitor.id,
        value: 150_000_000,
        status: 'po',
        items: [{ productId: x.products[0].id, quantity: 500 }],
        meetingId: await MatchingFactory.heldMeeting(t.db, event.id, x.exhibitor.id, buyer.user.id),
      },
      buyer.token,
    );
    expect(deal.status).toBe(201);
    expect(deal.body).toMatchObject({ recordedBy: 'buyer', confirmedAt: null, buyer: { country: 'SG' } });
    expect((await totals()).body.total).toBe(before);
    expect((await t.http.post(`/api/deals/${deal.body.id}/confirm`, {}, buyer.token)).status).toBe(403);
    const stranger = await MatchingFactory.buyer(t);
    expect((await t.http.get(`/api/deals/${deal.body.id}`, stranger.token)).status).toBe(404);

    const confirmed = await t.http.post(`/api/deals/${deal.body.id}/confirm`, {}, x.staff.token);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.confirmedAt).not.toBeNull();
    expect(confirmed.body.verification).toBe('verified'); // a held meeting, a plausible value
    const after = (await totals()).body;
    expect(after.total).toBe(before + 150_000_000);
    expect(after.byBuyerCountry).toContainEqual(expect.objectContaining({ key: 'SG', value: 150_000_000 }));
    expect(after.byCategory[0]).toMatchObject({ key: 'makanan' });
    // The exhibitor's own leads show the confirmed deal.
    const leads = await t.http.get(`/api/backoffice/booths/${x.booth.id}/leads/summary`, x.staff.token);
    expect(leads.body.totals).toMatchObject({ deals: 1, dealValue: 150_000_000 });

    // A change needs confirming again; every change is audited.
    const changed = await t.http.request('PATCH', `/api/deals/${deal.body.id}`, {
      token: buyer.token,
      body: { value: 175_000_000, status: 'paid' },
    });
    expect(changed.body).toMatchObject({ value: 175_000_000, confirmedAt: null, verification: 'claimed' });
    expect((await totals()).body.total).toBe(before);
    const trail = await t.db.getRepository(AuditLogEntity).findBy({ entityId: deal.body.id });
    expect(trail.map((a) => a.action).sort()).toEqual(['deal.confirm', 'deal.create', 'deal.update']);
    expect(
      (
        await t.http.request('PATCH', `/api/deals/${deal.body.id}`, {
          token: x.staff.token,
          body: { value: 1 },
        })
      ).status,
    ).toBe(403);
  });

  it('auto-schedules accepted requests: preview, then commit all at once; a stale commit books nothing', async () => {
    const organiser = await MatchingFactory.person(t, 'organiser');
    const x = await MatchingFactory.exhibitor(t, event.id, { slot: 2 });
    const buyers = await Promise.all([0, 1, 2].map(() => MatchingFactory.buyer(t)));
    const ids: string[] = [];
    for (const b of buyers) {
      const r = (await request(b.token, x.exhibitor.id)).body;
      await t.http.post(`/api/meetings/requests/${r.id}/accept`, {}, x.staff.token); // accepted, no slot yet
      ids.push(r.id);
    }
    const path = '/api/admin/events/deal-fair/matching/auto-schedule';
    expect((await t.http.post(`${path}/preview`, {}, buyers[0].token)).status).toBe(403);
    const preview = await t.http.post(`${path}/preview`, {}, organiser.token);
    expect(preview.status).toBe(200);
    const mine = preview.body.placements.filter((p: { requestId: string }) => ids.includes(p.requestId));
    expect(mine).toHaveLength(3);
    expect(new Set(mine.map((p: { start: string }) => p.start)).size).toBe(3);
    expect(preview.body.stats.placed).toBeLessThanOrEqual(preview.body.stats.upperBound);

    const placements = mine.map((p: { requestId: string; start: string }) => ({
      requestId: p.requestId,
      start: p.start,
    }));
    const committed = await t.http.post(`${path}/commit`, { placements }, organiser.token);
    expect(committed.status).toBe(200);
    expect(committed.body.items).toHaveLength(3);
    const again = await t.http.post(`${path}/commit`, { placements }, organiser.token);
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/Nothing was booked/);
    const meetings = await t.http.get('/api/meetings', x.staff.token);
    expect(meetings.body.items).toHaveLength(3);
  });

  it('rolls back a whole commit when one placement clashes', async () => {
    const organiser = await MatchingFactory.person(t, 'organiser');
    const x = await MatchingFactory.exhibitor(t, event.id, { slot: 3 });
    const [a, b] = await Promise.all([MatchingFactory.buyer(t), MatchingFactory.buyer(t)]);
    const ra = (await request(a.token, x.exhibitor.id)).body;
    const rb = (await request(b.token, x.exhibitor.id)).body;
    const path = '/api/admin/events/deal-fair/matching/auto-schedule/commit';
    const clash = await t.http.post(
      path,
      {
        placements: [
          { requestId: ra.id, start: slot(4) },
          { requestId: rb.id, start: slot(4) },
        ],
      },
      organiser.token,
    );
    expect(clash.status).toBe(409);
    expect(await t.db.getRepository(MeetingRequestEntity).countBy({ id: ra.id, status: 'pending' })).toBe(1);
    expect((await t.http.get('/api/meetings', a.token)).body.items).toEqual([]);
  });

  it('serves a personal calendar feed with a 10-minute alarm, only with a valid signed link', async () => {
    const x = await MatchingFactory.exhibitor(t, event.id, { slot: 4 });
    const buyer = await MatchingFactory.buyer(t);
    const r = (await request(buyer.token, x.exhibitor.id, { mode: 'online' })).body;
    await t.http.post(`/api/meetings/requests/${r.id}/accept`, { slotStart: slot(2) }, x.staff.token);
    const { path } = (await t.http.get('/api/me/calendar-feed', buyer.token)).body;
    const feed = await fetch(`${t.url}${path}`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    const ics = await feed.text();
    expect(ics).toContain('BEGIN:VALARM');
    expect(ics).toContain('TRIGGER:-PT10M');
    expect(ics).toContain(x.exhibitor.name.slice(0, 20));
    expect((await fetch(`${t.url}${path.slice(0, -3)}xyz`)).status).toBe(401);
  });

  it('pushes notifications and meeting state over the socket to the person concerned', async () => {
    const x = await MatchingFactory.exhibitor(t, event.id, { slot: 5 });
    const buyer = await MatchingFactory.buyer(t);
    const socket = await connectHall(t.url, { token: buyer.token, event: 'deal-fair' });
    try {
      const r = (await request(buyer.token, x.exhibitor.id)).body;
      const note = next(socket, 'notification');
      const state = next(socket, 'meeting:state');
      await t.http.post(`/api/meetings/requests/${r.id}/accept`, { slotStart: slot(1) }, x.staff.token);
      expect(await note).toMatchObject({ kind: 'request_accepted' });
      expect(await state).toMatchObject({ meeting: { requestId: r.id, status: 'scheduled' } });
    } finally {
      socket.disconnect();
    }
  });

  it('shows sourcing requests to exhibitors of the category, who answer with their products', async () => {
    const buyer = await MatchingFactory.buyer(t, 'JP');
    const food = await MatchingFactory.exhibitor(t, event.id, { slot: 6 });
    const drinks = await MatchingFactory.exhibitor(t, event.id, { slot: 0, category: 'minuman' });
    const posted = await t.http.post(
      '/api/events/deal-fair/sourcing',
      {
        title: 'Keripik singkong 2 t',
        category: 'makanan',
        quantity: 2,
        unit: 't',
        halal: true,
        exportReady: true,
        destinationCountry: 'JP',
      },
      buyer.token,
    );
    expect(posted.status).toBe(201);
    const seenByFood = (await t.http.get('/api/events/deal-fair/sourcing', food.staff.token)).body.items;
    expect(seenByFood.map((s: { id: string }) => s.id)).toContain(posted.body.id);
    const seenByDrinks = (await t.http.get('/api/events/deal-fair/sourcing', drinks.staff.token)).body.items;
    expect(seenByDrinks.map((s: { id: string }) => s.id)).not.toContain(posted.body.id);
    const foreign = await t.http.post(
      `/api/sourcing/${posted.body.id}/responses`,
      { message: 'Kami bisa', productIds: [drinks.products[0].id] },
      food.staff.token,
    );
    expect(foreign.status).toBe(422);
    const answer = await t.http.post(
      `/api/sourcing/${posted.body.id}/responses`,
      { message: 'Kami bisa kirim bulan depan', productIds: [food.products[0].id] },
      food.staff.token,
    );
    expect(answer.status).toBe(201);
    const mine = (await t.http.get('/api/events/deal-fair/sourcing', buyer.token)).body.items;
    expect(mine[0].responses[0]).toMatchObject({
      exhibitor: { id: food.exhibitor.id },
      message: 'Kami bisa kirim bulan depan',
    });

    const shortlisted = await t.http.request('PUT', `/api/me/shortlist/${food.products[1].id}`, {
      token: buyer.token,
    });
    expect(shortlisted.body[0]).toMatchObject({
      productId: food.products[1].id,
      exhibitorId: food.exhibitor.id,
    });
  });
});
