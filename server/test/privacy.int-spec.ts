import { randomUUID } from 'node:crypto';
import { EventEntity } from '../src/modules/events/event.entity';
import { VisitRecorder } from '../src/modules/leads/visit-recorder';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import { createApp, TestApp } from './support/create-app';
import { connectHall } from './support/hall-client';

jest.setTimeout(60_000);

const PASSWORD = 'kata sandi yang panjang';

describe("a person's data: erasure that keeps the other side's records, and a complete export (real PostgreSQL)", () => {
  let t: TestApp;
  let event: EventEntity;
  let slot: (i: number) => string;
  let exhibitors: Awaited<ReturnType<typeof MatchingFactory.exhibitor>>[];

  beforeAll(async () => {
    t = await createApp();
    event = await FairFactory.event(t.db, 'privacy-fair');
    ({ slot } = await MatchingFactory.block(t.db, event, { slots: 4 }));
    // The hall knows the booths that existed when it was first joined.
    exhibitors = [
      await MatchingFactory.exhibitor(t, event.id, { slot: 0 }),
      await MatchingFactory.exhibitor(t, event.id, { slot: 1 }),
    ];
  });
  afterAll(() => t?.close());

  /**
   * A registered buyer (through the API, with a password) who met an exhibitor, closed a confirmed deal
   * with it, chatted at its booth, clicked its WhatsApp button, shortlisted a product and posted a
   * sourcing request the exhibitor answered.
   */
  async function buyerWithHistory(email: string, i: number) {
    const x = exhibitors[i];
    const registered = await t.http.post('/api/auth/register', {
      email,
      password: PASSWORD,
      displayName: 'Siti Rahma',
      role: 'buyer',
      leadConsent: true,
      buyerProfile: { type: 'buyer', company: 'Rahma Trading Sdn Bhd', country: 'MY' },
    });
    expect(registered.status).toBe(201);
    const buyer = { id: registered.body.user.id as string, token: registered.body.accessToken as string };
    const request = await t.http.request('POST', '/api/meetings/requests', {
      token: buyer.token,
      body: { exhibitorId: x.exhibitor.id, message: 'Kami tertarik dengan kurma' },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(request.status).toBe(201);
    const accepted = await t.http.post(
      `/api/meetings/requests/${request.body.id}/accept`,
      { slotStart: slot(i) },
      x.staff.token,
    );
    expect(accepted.status).toBe(200);
    const deal = await t.http.post(
      '/api/deals',
      { exhibitorId: x.exhibitor.id, value: 25_000_000, status: 'po', meetingId: accepted.body.meeting.id },
      buyer.token,
    );
    expect(deal.status).toBe(201);
    expect((await t.http.post(`/api/deals/${deal.body.id}/confirm`, {}, x.staff.token)).status).toBe(200);
    expect((await t.http.post('/api/leads/whatsapp', { boothId: x.booth.id }, buyer.token)).status).toBe(200);
    const productId = x.products[0].id;
    expect(
      (await t.http.request('PUT', `/api/me/shortlist/${productId}`, { token: buyer.token })).status,
    ).toBe(200);
    const sourcing = await t.http.post(
      `/api/events/${event.slug}/sourcing`,
      { title: 'Kurma 2 ton', category: 'makanan', quantity: 2, unit: 'ton', destinationCountry: 'MY' },
      buyer.token,
    );
    expect(sourcing.status).toBe(201);
    const answer = await t.http.post(
      `/api/sourcing/${sourcing.body.id}/responses`,
      { message: 'Kami bisa kirim bulan depan' },
      x.staff.token,
    );
    expect(answer.status).toBe(201);
    const hall = await connectHall(t.url, { token: buyer.token, event: event.slug });
    try {
      expect(await hall.emitWithAck('booth:enter', { boothId: x.booth.id })).toMatchObject({ ok: true });
      const sent = await hall.emitWithAck('chat:send', {
        boothId: x.booth.id,
        text: 'Assalamualaikum, stok kurma ada?',
        clientMsgId: randomUUID(),
      });
      expect(sent).toMatchObject({ ok: true });
    } finally {
      hall.close();
    }
    await t.app.get(VisitRecorder).flush();
    return { x, buyer, meetingId: accepted.body.meeting.id as string, dealId: deal.body.id as string };
  }

  it('exports everything about the caller from every area as one JSON document', async () => {
    const { x, buyer, meetingId, dealId } = await buyerWithHistory('export@example.test', 0);
    await t.db.query(`UPDATE meeting SET status = 'held' WHERE id = $1`, [meetingId]);
    const outcome = { outcome: 'negotiating', rating: 4, note: 'Minta harga grosir' };
    const put = t.http.request('PUT', `/api/meeting-outcomes/${meetingId}`, {
      token: buyer.token,
      body: outcome,
    });
    expect((await put).status).toBe(200);
    const res = await t.http.get('/api/users/me/export', buyer.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment/);
    const data = res.body;
    expect(data.user).toMatchObject({
      id: buyer.id,
      email: 'export@example.test',
      leadConsent: true,
      buyerProfile: { company: 'Rahma Trading Sdn Bhd' },
    });
    expect(data.user.leadConsentAt).toEqual(expect.any(String));
    expect(data.chatMessages).toEqual([
      expect.objectContaining({ boothId: x.booth.id, text: 'Assalamualaikum, stok kurma ada?' }),
    ]);
    expect(data.meetingRequests).toEqual([
      expect.objectContaining({ message: 'Kami tertarik dengan kurma', status: 'accepted' }),
    ]);
    expect(data.meetings.map((m: { id: string }) => m.id)).toEqual([meetingId]);
    expect(data.deals.map((d: { id: string }) => d.id)).toEqual([dealId]);
    expect(data.meetingOutcomes).toEqual([expect.objectContaining({ meetingId, side: 'buyer', ...outcome })]);
    expect(data.notifications.map((n: { kind: string }) => n.kind)).toEqual(
      expect.arrayContaining(['request_accepted', 'deal_confirmed']),
    );
    expect(data.shortlist).toHaveLength(1);
    expect(data.sourcingRequests).toEqual([
      expect.objectContaining({
        title: 'Kurma 2 ton',
        responses: [expect.objectContaining({ message: 'Kami bisa kirim bulan depan' })],
      }),
    ]);
    const kinds = data.leads.map((l: { kind: string }) => l.kind);
    expect(kinds).toEqual(expect.arrayContaining(['visit', 'whatsapp', 'meeting']));
    expect(data.auditedActions.map((a: { action: string }) => a.action)).toContain('deal.create');

    // The exhibitor's side: the answers its staff wrote are in the staff member's own export.
    const staff = (await t.http.get('/api/users/me/export', x.staff.token)).body;
    expect(staff.sourcingAnswers).toEqual([
      expect.objectContaining({ message: 'Kami bisa kirim bulan depan' }),
    ]);
  });

  it("erases a buyer's account: the exhibitor keeps the deal and meeting with a deleted account, totals stay", async () => {
    const email = 'erase-me@example.test';
    const { x, buyer, meetingId, dealId } = await buyerWithHistory(email, 1);
    const organiser = await MatchingFactory.person(t, 'organiser');
    const summary = async () => {
      const s = (await t.http.get(`/api/events/${event.slug}/report/summary`, organiser.token)).body;
      return { deals: s.deals, chat: s.chatMessages, visits: s.visits.total, whatsapp: s.whatsappClicks };
    };
    const totals = async () => (await t.http.get(`/api/events/${event.slug}/deals/totals`)).body;
    const [summaryBefore, totalsBefore] = [await summary(), await totals()];
    const hall = await connectHall(t.url, { token: buyer.token, event: event.slug });
    const closed = new Promise<void>((resolve) => hall.on('disconnect', () => resolve()));

    expect((await t.http.request('DELETE', '/api/users/me', { token: buyer.token })).status).toBe(204);

    // The person's open hall socket is closed; the old token is refused everywhere.
    await closed;
    expect((await t.http.get('/api/users/me', buyer.token)).status).toBe(401);
    expect((await t.http.get('/api/meetings', buyer.token)).status).toBe(401);
    expect((await t.http.get('/api/deals', buyer.token)).status).toBe(401);
    expect((await t.http.post('/api/auth/login', { email, password: PASSWORD })).status).toBe(401);

    // The exhibitor still has the deal and the meeting, with a deleted-account counterpart.
    const deals = (await t.http.get('/api/deals', x.staff.token)).body.items;
    const deal = deals.find((d: { id: string }) => d.id === dealId);
    expect(deal).toMatchObject({
      value: 25_000_000,
      buyer: { id: buyer.id, name: '', company: null, deleted: true },
    });
    expect(deal.confirmedAt).not.toBeNull();
    const meetings = (await t.http.get('/api/meetings', x.staff.token)).body.items;
    const meeting = meetings.find((m: { id: string }) => m.id === meetingId);
    expect(meeting).toMatchObject({
      status: 'scheduled',
      buyers: [{ id: buyer.id, name: '', deleted: true }],
    });

    // The fair's totals are unchanged (deals by buyer country included).
    expect(await summary()).toEqual(summaryBefore);
    expect(await totals()).toEqual(totalsBefore);

    // The chat still holds the message, with no name and no link to the person.
    const chat = (await t.http.get(`/api/booths/${x.booth.id}/chat`, x.staff.token)).body.items;
    const message = chat.find((m: { text: string }) => m.text === 'Assalamualaikum, stok kurma ada?');
    expect(message).toMatchObject({ authorName: '', userId: '' });

    // Nothing that identifies the person is left in their row; their own-only data is gone.
    const [row] = await t.db.query(
      `SELECT email, password_hash, display_name, lead_consent, deleted_at FROM app_user WHERE id = $1`,
      [buyer.id],
    );
    expect(row).toMatchObject({ email: null, password_hash: null, display_name: '', lead_consent: false });
    expect(row.deleted_at).not.toBeNull();
    const [profile] = await t.db.query('SELECT company, country FROM buyer_profile WHERE user_id = $1', [
      buyer.id,
    ]);
    expect(profile).toEqual({ company: '', country: 'MY' });
    for (const table of ['refresh_token', 'password_reset', 'notification', 'shortlist_item', 'lead'])
      expect(await t.db.query(`SELECT 1 FROM ${table} WHERE user_id = $1`, [buyer.id])).toHaveLength(0);
    const audit = await t.db.query(`SELECT actor_name FROM audit_log WHERE actor_id = $1`, [buyer.id]);
    expect(audit.length).toBeGreaterThan(0);
    expect(audit.every((a: { actor_name: string | null }) => a.actor_name === null)).toBe(true);
    expect(
      await t.db.query(`SELECT 1 FROM audit_log WHERE action = 'user.erase' AND entity_id = $1`, [buyer.id]),
    ).toHaveLength(1);

    // The e-mail is free: the person can register again, as a new account.
    const again = await t.http.post('/api/auth/register', {
      email,
      password: PASSWORD,
      displayName: 'Siti Rahma',
      role: 'buyer',
    });
    expect(again.status).toBe(201);
    expect(again.body.user.id).not.toBe(buyer.id);
    // ... and erasing twice is not possible: the tombstone is no account.
    expect((await t.http.request('DELETE', '/api/users/me', { token: buyer.token })).status).toBe(401);
  });
});
