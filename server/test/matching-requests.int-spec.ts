import { randomUUID } from 'node:crypto';
import { ScheduleClock } from '../src/modules/events/schedule-clock';
import { EventEntity } from '../src/modules/events/event.entity';
import { MeetingEntity, MeetingRequestEntity } from '../src/modules/matching/matching.entities';
import { MatchingTimeline } from '../src/modules/matching/matching-timeline.service';
import { EffectRunner } from '../src/modules/schedule/effect-runner.service';
import { NotificationEntity } from '../src/modules/notifications/notification.entity';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import { createApp, TestApp } from './support/create-app';

jest.setTimeout(60_000);

describe('meeting requests and bookings (real PostgreSQL)', () => {
  let t: TestApp;
  let event: EventEntity;
  let slot: (i: number) => string;

  beforeAll(async () => {
    t = await createApp();
    event = await FairFactory.event(t.db, 'match-fair');
    ({ slot } = await MatchingFactory.block(t.db, event, { slots: 12 }));
  });
  afterAll(() => t.close());
  afterEach(() => t.app.get(ScheduleClock).freeze(undefined));

  const create = (token: string, body: object, key: string = randomUUID()) =>
    t.http.request('POST', '/api/meetings/requests', { token, body, headers: { 'idempotency-key': key } });
  const act = (token: string, id: string, action: string, body: object = {}) =>
    t.http.request('POST', `/api/meetings/requests/${id}/${action}`, { token, body });

  it('creates a request idempotently: same key and body → same answer, other body → 422, no key → 400', async () => {
    const x = await MatchingFactory.exhibitor(t, event.id, { slot: 1 });
    const buyer = await MatchingFactory.buyer(t);
    const body = {
      exhibitorId: x.exhibitor.id,
      message: 'Kami tertarik',
      preferredSlots: [{ start: slot(1), end: slot(2) }],
    };

    const missing = await t.http.request('POST', '/api/meetings/requests', { token: buyer.token, body });
    expect(missing.status).toBe(400);
    expect(missing.body.fields[0].path).toBe('Idempotency-Key');

    const key = randomUUID();
    const first = await create(buyer.token, body, key);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      status: 'pending',
      mode: 'online',
      exhibitor: { id: x.exhibitor.id },
    });
    expect(first.body.preferredSlots[0].start).toBe(slot(1));
    const again = await create(buyer.token, body, key);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    const other = await create(buyer.token, { ...body, message: 'Lain' }, key);
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency_mismatch');
    expect(await t.db.getRepository(MeetingRequestEntity).countBy({ requesterId: buyer.user.id })).toBe(1);
  });

  it('stores a concurrent duplicate once; the duplicates get the same answer or 409', async () => {
    const x = await MatchingFactory.exhibitor(t, event.id, { slot: 2 });
    const buyer = await MatchingFactory.buyer(t);
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => create(buyer.token, { exhibitorId: x.exhibitor.id }, key)),
    );
    const ids = new Set(results.filter((r) => r.status === 201).map((r) => r.body.id));
    expect(ids.size).toBe(1);
    for (const r of results) expect([201, 409]).toContain(r.status);
    expect(
      results.filter((r) => r.status === 409).every((r) => r.body.code === 'idempotency_in_progress'),
    ).toBe(true);
    expect(await t.db.getRepository(MeetingRequestEntity).countBy({ requesterId: buyer.user.id })).toBe(1);
  });

  it('names the field of a bad request and refuses non-buyers', async () => {
    const x = await MatchingFactory.exhibitor(t, event.id, { slot: 3 });
    const buyer = await MatchingFactory.buyer(t);
    const bad = await create(buyer.token, {
      exhibitorId: x.exhibitor.id,
      preferredSlots: [{ start: '2020-01-01T00:00:00Z', end: '2020-01-01T00:20:00Z' }],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.fields[0].path).toBe('preferredSlots.0.start');
    const tooMany = await create(buyer.token, {
      exhibitorId: x.exhibitor.id,
      attendeeEmails: ['a@x.id', 'b@x.id', 'c@x.id', 'd@x.id'],
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.fields[0].path).toBe('attendeeEmails');
    const visitor = await MatchingFactory.person(t, 'visitor');
    expect((await create(visitor.token, { exhibitorId: x.exhibitor.id })).status).toBe(403);
  });

  it('a race of 100 bookings of one slot yields exactly one meeting; the losers get 409', async () => {
    const x = await MatchingFactory.exhibitor(t, event.id, { slot: 4 });
    const requests = [];
    for (let i = 0; i < 100; i++) {
      const buyer = await MatchingFactory.buyer(t);
      requests.push(
        await t.db.getRepository(MeetingRequestEntity).save({
          eventId: event.id,
          exhibitorId: x.exhibitor.id,
          requesterId: buyer.user.id,
          expiresAt: new Date(Date.now() + 3_600_000),
        }),
      );
    }
    const results = await Promise.all(
      requests.map((r) => act(x.staff.token, r.id, 'accept', { slotStart: slot(3) })),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(99);
    expect(results.find((r) => r.status === 409)!.body.message).toBe(
      'The exhibitor already has a meeting in that slot',
    );
    expect(await t.db.getRepository(MeetingEntity).countBy({ exhibitorId: x.exhibitor.id })).toBe(1);
    // The losers stay pending: nothing half-written.
    expect(
      await t.db
        .getRepository(MeetingRequestEntity)
        .countBy({ exhibitorId: x.exhibitor.id, status: 'pending' }),
    ).toBe(99);
  });

  it('refuses a second meeting for one person at the same time, and frees the slot when cancelled', async () => {
    const a = await MatchingFactory.exhibitor(t, event.id, { slot: 5 });
    const b = await MatchingFactory.exhibitor(t, event.id, { slot: 6 });
    const buyer = await MatchingFactory.buyer(t);
    const r1 = (await create(buyer.token, { exhibitorId: a.exhibitor.id })).body;
    const r2 = (await create(buyer.token, { exhibitorId: b.exhibitor.id })).body;
    const ok = await act(a.staff.token, r1.id, 'accept', { slotStart: slot(5) });
    expect(ok.status).toBe(200);
    expect(ok.body.meeting).toMatchObject({ start: slot(5), status: 'scheduled' });
    // Answering the second request, the exhibitor sees the buyer's booked slot as taken.
    const options = (await t.http.get(`/api/meetings/requests/${r2.id}/slots`, b.staff.token)).body;
    const free = (start: string) => options.find((o: { start: string }) => o.start === start)?.free;
    expect([free(slot(5)), free(slot(6))]).toEqual([false, true]);
    const clash = await act(b.staff.token, r2.id, 'accept', { slotStart: slot(5) });
    expect(clash.status).toBe(409);
    expect(clash.body.message).toBe('Someone on the buyer side already has a meeting in that slot');

    const cancelled = await t.http.request('POST', `/api/meetings/${ok.body.meeting.id}/status`, {
      token: buyer.token,
      body: { status: 'cancelled' },
    });
    expect(cancelled.body.status).toBe('cancelled');
    expect((await act(b.staff.token, r2.id, 'accept', { slotStart: slot(5) })).status).toBe(200);
  });

  it('walks the request state machine and refuses every illegal step', async () => {
    const x = await MatchingFactory.exhibitor(t, event.id, { slot: 7 });
    const buyer = await MatchingFactory.buyer(t);
    const r = (await create(buyer.token, { exhibitorId: x.exhibitor.id })).body;
    expect((await act(buyer.token, r.id, 'accept')).status).toBe(403); // the exhibitor answers
    expect((await act(buyer.token, r.id, 'counter', { slotStart: slot(6) })).status).toBe(403);
    expect((await act(x.staff.token, r.id, 'cancel')).status).toBe(403);

    const countered = await act(x.staff.token, r.id, 'counter', { slotStart: slot(6) });
    expect(countered.body).toMatchObject({ status: 'countered', counterSlot: { start: slot(6) } });
    expect((await act(x.staff.token, r.id, 'counter', { slotStart: slot(7) })).status).toBe(409);
    expect((await act(x.staff.token, r.id, 'accept')).status).toBe(403); // the buyer answers a proposal
    const accepted = await act(buyer.token, r.id, 'accept');
    expect(accepted.body).toMatchObject({ status: 'accepted', meeting: { start: slot(6) } });
    for (const [who, action, body] of [
      [x.staff.token, 'decline', { reason: 'Sudah penuh' }],
      [buyer.token, 'cancel', {}],
      [x.staff.token, 'counter', { slotStart: slot(8) }],
    ] as const) {
      const res = await act(who, r.id, action, body);
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('illegal_transition');
    }

    const meetingId = accepted.body.meeting.id;
    const held = await t.http.request('POST', `/api/meetings/${meetingId}/status`, {
      token: buyer.token,
      body: { status: 'held' },
    });
    expect(held.status).toBe(403); // online attendance comes from the video call

    const r2 = (await create(buyer.token, { exhibitorId: x.exhibitor.id })).body;
    const declined = await act(x.staff.token, r2.id, 'decline', { reason: 'Stok habis bulan ini' });
    expect(declined.body).toMatchObject({ status: 'declined', declineReason: 'Stok habis bulan ini' });
    expect((await act(x.staff.token, r2.id, 'accept', { slotStart: slot(9) })).status).toBe(409);
  });

  it('expires pending requests after the configured time, once, and tells the people', async () => {
    const organiser = await MatchingFactory.person(t, 'organiser');
    const settings = await t.http.request('PATCH', '/api/admin/events/match-fair/matching/settings', {
      token: organiser.token,
      body: { requestTtlHours: 1 },
    });
    expect(settings.body.requestTtlHours).toBe(1);
    const x = await MatchingFactory.exhibitor(t, event.id, { slot: 8 });
    const buyer = await MatchingFactory.buyer(t);
    const r = (await create(buyer.token, { exhibitorId: x.exhibitor.id })).body;
    t.app.get(ScheduleClock).freeze(new Date(Date.now() + 2 * 3_600_000));
    const late = await act(x.staff.token, r.id, 'accept', { slotStart: slot(11) });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('expired');
    // Its expiry is a timed effect planned when it was made; the leader runs it once it is due.
    const status = async () => (await t.http.get(`/api/meetings/requests/${r.id}`, buyer.token)).body.status;
    for (let i = 0; i < 40 && (await status()) !== 'expired'; i++) {
      await t.app.get(EffectRunner).tick();
      await new Promise((done) => setTimeout(done, 50));
    }
    // Running the effect again (as after a crash before its done-mark) changes and notifies nothing.
    expect(await t.app.get(MatchingTimeline).expire(r.id)).toBe(false);
    expect((await t.http.get(`/api/meetings/requests/${r.id}`, buyer.token)).body.status).toBe('expired');
    expect(
      await t.db
        .getRepository(NotificationEntity)
        .countBy({ userId: buyer.user.id, kind: 'request_expired' }),
    ).toBe(1);
    await t.http.request('PATCH', '/api/admin/events/match-fair/matching/settings', {
      token: organiser.token,
      body: { requestTtlHours: 48 },
    });
  });

  it('shows a request and a meeting only to their parties (others get 404)', async () => {
    const x = await MatchingFactory.exhibitor(t, event.id, { slot: 9 });
    const buyer = await MatchingFactory.buyer(t);
    const stranger = await MatchingFactory.buyer(t);
    const r = (await create(buyer.token, { exhibitorId: x.exhibitor.id })).body;
    const accepted = (await act(x.staff.token, r.id, 'accept', { slotStart: slot(10) })).body;
    expect((await t.http.get(`/api/meetings/requests/${r.id}`, stranger.token)).status).toBe(404);
    expect((await t.http.get(`/api/meetings/requests/${r.id}/slots`, stranger.token)).status).toBe(404);
    expect((await t.http.get(`/api/meetings/${accepted.meeting.id}`, stranger.token)).status).toBe(404);
    expect((await t.http.get(`/api/meetings/${accepted.meeting.id}`, x.staff.token)).status).toBe(200);
    const mine = await t.http.get('/api/meetings', buyer.token);
    expect(mine.body.items.map((m: { id: string }) => m.id)).toEqual([accepted.meeting.id]);
    expect((await t.http.get('/api/meetings', stranger.token)).body.items).toEqual([]);
    const notes = await t.http.get('/api/me/notifications', buyer.token);
    expect(notes.body.items[0]).toMatchObject({ kind: 'request_accepted', link: '/e/match-fair/meetings' });
    expect(notes.body.unread).toBeGreaterThan(0);
  });

  it('books an on-site meeting at a free table and never a table twice', async () => {
    const organiser = await MatchingFactory.person(t, 'organiser');
    const table = await t.http.post(
      '/api/admin/events/match-fair/matching/tables',
      { label: 'M-01' },
      organiser.token,
    );
    expect(table.status).toBe(201);
    const a = await MatchingFactory.exhibitor(t, event.id, { slot: 10 });
    const b = await MatchingFactory.exhibitor(t, event.id, { slot: 11 });
    const r1 = (
      await create((await MatchingFactory.buyer(t)).token, { exhibitorId: a.exhibitor.id, mode: 'onsite' })
    ).body;
    const r2 = (
      await create((await MatchingFactory.buyer(t)).token, { exhibitorId: b.exhibitor.id, mode: 'onsite' })
    ).body;
    const first = await act(a.staff.token, r1.id, 'accept', { slotStart: slot(0) });
    expect(first.body.meeting).toMatchObject({ mode: 'onsite', table: 'M-01' });
    const second = await act(b.staff.token, r2.id, 'accept', { slotStart: slot(0) });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('no_table');
  });
});
