import { randomUUID } from 'node:crypto';
import { EventEntity } from '../src/modules/events/event.entity';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import { MessagesFactory as M } from './factories/messages.factory';
import { createApp, TestApp } from './support/create-app';
import { connectHall, next } from './support/hall-client';
import { signedIn } from './factories/user.factory';

jest.setTimeout(60_000);

const SLUG = 'message-fair';

describe('messages between the parties of a request, meeting or deal (real PostgreSQL)', () => {
  let t: TestApp;
  let event: EventEntity;
  let slot = 0;

  beforeAll(async () => {
    t = await createApp();
    event = await FairFactory.event(t.db, SLUG);
  });
  afterAll(() => t.close());

  const pair = () => M.pair(t, event.id, ++slot);
  const bell = async (token: string) =>
    (await t.http.get('/api/me/notifications', token)).body.items.filter(
      (n: { kind: string; readAt: string | null }) => n.kind === 'message_new' && !n.readAt,
    );

  it('opens one thread per subject for its parties only; others get 404', async () => {
    const { x, buyer, meetingId, requestId } = await pair();
    const byBuyer = await M.open(t, buyer.token, 'meeting', meetingId);
    expect(byBuyer.status).toBe(200);
    expect(byBuyer.body).toMatchObject({
      subject: { kind: 'meeting', id: meetingId },
      unread: 0,
      lastMessage: null,
    });
    const byStaff = await M.open(t, x.staff.token, 'meeting', meetingId);
    expect(byStaff.body.id).toBe(byBuyer.body.id);
    // The request has its own thread.
    const request = await M.open(t, buyer.token, 'request', requestId);
    expect(request.status).toBe(200);
    expect(request.body.id).not.toBe(byBuyer.body.id);

    const other = await MatchingFactory.exhibitor(t, event.id, { slot: ++slot });
    const stranger = await MatchingFactory.buyer(t);
    const visitor = await signedIn(t, 'visitor');
    const organiser = await signedIn(t, 'organiser');
    const threadId = byBuyer.body.id as string;
    for (const outsider of [other.staff.token, stranger.token, visitor.token, organiser.token]) {
      expect((await M.open(t, outsider, 'meeting', meetingId)).status).toBe(404);
      expect((await t.http.get(`/api/threads/${threadId}/messages`, outsider)).status).toBe(404);
      expect((await M.post(t, outsider, threadId, 'hello')).status).toBe(404);
      expect((await t.http.post(`/api/threads/${threadId}/read`, {}, outsider)).status).toBe(404);
      expect((await t.http.get('/api/threads', outsider)).body.items).toEqual([]);
    }
    expect((await M.open(t, buyer.token, 'deal', randomUUID())).status).toBe(404);
  });

  it('stores a retried post once, pushes it live with unread counts and rings the bell once per thread', async () => {
    const { x, buyer, meetingId } = await pair();
    const thread = (await M.open(t, buyer.token, 'meeting', meetingId)).body;
    const staffSocket = await connectHall(t.url, { token: x.staff.token, event: SLUG });
    try {
      const clientMsgId = randomUUID();
      const live = next(staffSocket, 'thread:message');
      const first = await t.http.post(
        `/api/threads/${thread.id}/messages`,
        { body: 'Halo, <b>sampel</b> sudah dikirim?', clientMsgId },
        buyer.token,
      );
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ body: 'Halo, <b>sampel</b> sudah dikirim?', hidden: false });
      expect(await live).toMatchObject({ message: { id: first.body.id, threadId: thread.id }, unread: 1 });

      const retry = await t.http.post(
        `/api/threads/${thread.id}/messages`,
        { body: 'Halo, <b>sampel</b> sudah dikirim?', clientMsgId },
        buyer.token,
      );
      expect(retry.status).toBe(200);
      expect(retry.body.id).toBe(first.body.id);

      const second = next(staffSocket, 'thread:message');
      await M.post(t, buyer.token, thread.id, 'Dan harganya?');
      expect((await second).unread).toBe(2);
    } finally {
      staffSocket.close();
    }
    expect((await t.http.get(`/api/threads/${thread.id}/messages`, x.staff.token)).body.total).toBe(2);
    const inbox = (await t.http.get('/api/threads', x.staff.token)).body;
    expect(inbox.unread).toBe(2);
    expect(inbox.items[0]).toMatchObject({
      id: thread.id,
      unread: 2,
      lastMessage: { body: 'Dan harganya?' },
    });
    expect((await t.http.get('/api/threads', buyer.token)).body.items[0].unread).toBe(0);
    // Two messages, one notification; reading the thread reads it.
    expect(await bell(x.staff.token)).toHaveLength(1);
    expect(await bell(buyer.token)).toHaveLength(0);
    expect((await t.http.post(`/api/threads/${thread.id}/read`, {}, x.staff.token)).body).toEqual({
      unread: 0,
    });
    expect((await t.http.get('/api/threads', x.staff.token)).body.unread).toBe(0);
    expect(await bell(x.staff.token)).toHaveLength(0);
    // A message after reading counts (and rings) again.
    await M.post(t, buyer.token, thread.id, 'Halo lagi');
    expect((await t.http.get('/api/threads', x.staff.token)).body.unread).toBe(1);
    expect(await bell(x.staff.token)).toHaveLength(1);
  });

  it('attaches only the sender’s own image uploads of this thread', async () => {
    const { x, buyer, meetingId } = await pair();
    const thread = (await M.open(t, buyer.token, 'meeting', meetingId)).body;
    const picture = await M.attach(t, buyer.token, thread.id);
    expect(picture.status).toBe(200);
    expect(picture.body.url).toMatch(/^\/api\/uploads\/[0-9a-f]{24}-640$/);
    // Not an image: refused by the upload pipeline's content sniffing.
    const text = await M.attach(t, buyer.token, thread.id, Buffer.from('<svg onload="alert(1)"></svg>'));
    expect(text.status).toBe(415);
    // Someone else's upload cannot ride on a message.
    const stolen = await M.post(t, x.staff.token, thread.id, 'lihat', { attachmentIds: [picture.body.id] });
    expect(stolen.status).toBe(422);
    expect(stolen.body.fields[0].path).toBe('attachmentIds');
    const sent = await M.post(t, buyer.token, thread.id, '', { attachmentIds: [picture.body.id] });
    expect(sent.status).toBe(200);
    expect(sent.body.attachments).toEqual([
      expect.objectContaining({ id: picture.body.id, url: picture.body.url }),
    ]);
    // Once sent it is not attachable again (not even by its uploader).
    expect(
      (await M.post(t, buyer.token, thread.id, 'lagi', { attachmentIds: [picture.body.id] })).status,
    ).toBe(422);
    expect((await M.post(t, buyer.token, thread.id, '')).status).toBe(400);
    expect((await M.post(t, buyer.token, thread.id, 'x'.repeat(2001))).status).toBe(400);
    const served = await fetch(`${t.url}${picture.body.url}`);
    expect(served.headers.get('content-type')).toMatch(/^image\/(webp|jpeg)$/);
  });

  it('a reported message is hidden by an organiser: the parties lose it, the sender sees it hidden', async () => {
    const { x, buyer, meetingId } = await pair();
    const thread = (await M.open(t, buyer.token, 'meeting', meetingId)).body;
    const rude = (await M.post(t, x.staff.token, thread.id, 'Kata kasar')).body;
    const fine = (await M.post(t, x.staff.token, thread.id, 'Maaf')).body;
    const report = (id: string, token = buyer.token) =>
      t.http.post(`/api/threads/${thread.id}/messages/${id}/report`, { reason: 'Tidak sopan' }, token);
    expect((await report(rude.id, x.staff.token)).status).toBe(404); // not one's own
    expect((await report(rude.id)).status).toBe(204);
    expect((await report(rude.id)).status).toBe(204); // again: still one report
    expect((await report(fine.id)).status).toBe(204);

    const organiser = await signedIn(t, 'organiser');
    expect((await t.http.get(`/api/admin/message-reports?event=${SLUG}`, buyer.token)).status).toBe(403);
    const queue = (await t.http.get(`/api/admin/message-reports?event=${SLUG}`, organiser.token)).body.items;
    const mine = queue.filter((r: { message: { threadId: string } }) => r.message.threadId === thread.id);
    expect(mine).toHaveLength(2);
    const rudeReport = mine.find((r: { message: { id: string } }) => r.message.id === rude.id);
    expect(rudeReport).toMatchObject({ reason: 'Tidak sopan', message: { body: 'Kata kasar' } });

    const senderSocket = await connectHall(t.url, { token: x.staff.token, event: SLUG });
    try {
      const told = next(senderSocket, 'thread:hidden');
      expect(
        (await t.http.post(`/api/admin/message-reports/${rudeReport.id}/hide`, {}, organiser.token)).status,
      ).toBe(204);
      expect(await told).toEqual({ threadId: thread.id, messageId: rude.id });
    } finally {
      senderSocket.close();
    }
    const seenByBuyer = (await t.http.get(`/api/threads/${thread.id}/messages`, buyer.token)).body.items;
    expect(seenByBuyer.map((m: { id: string }) => m.id)).toEqual([fine.id]);
    const seenBySender = (await t.http.get(`/api/threads/${thread.id}/messages`, x.staff.token)).body.items;
    expect(seenBySender.find((m: { id: string }) => m.id === rude.id)).toMatchObject({ hidden: true });

    const fineReport = mine.find((r: { message: { id: string } }) => r.message.id === fine.id);
    expect(
      (await t.http.post(`/api/admin/message-reports/${fineReport.id}/dismiss`, {}, organiser.token)).status,
    ).toBe(204);
    expect(
      (await t.http.post(`/api/admin/message-reports/${fineReport.id}/hide`, {}, organiser.token)).status,
    ).toBe(404);
    const open = (await t.http.get(`/api/admin/message-reports?event=${SLUG}`, organiser.token)).body.items;
    expect(open.filter((r: { message: { threadId: string } }) => r.message.threadId === thread.id)).toEqual(
      [],
    );
  });

  it('a deal’s thread is its buyer’s and its exhibitor’s', async () => {
    const { x, buyer, meetingId } = await pair();
    const deal = await t.http.post(
      '/api/deals',
      { exhibitorId: x.exhibitor.id, value: 50_000_000, status: 'po', meetingId },
      buyer.token,
    );
    expect(deal.status).toBe(201);
    expect((await M.open(t, x.staff.token, 'deal', deal.body.id)).status).toBe(200);
    const other = await MatchingFactory.exhibitor(t, event.id, { slot: ++slot });
    expect((await M.open(t, other.staff.token, 'deal', deal.body.id)).status).toBe(404);
  });

  it('an erased sender’s messages stay in the thread without their name; their export carries them', async () => {
    const { x, buyer, meetingId } = await pair();
    const thread = (await M.open(t, buyer.token, 'meeting', meetingId)).body;
    await M.post(t, buyer.token, thread.id, 'Pesan dari pembeli');
    const exported = (await t.http.get('/api/users/me/export', buyer.token)).body;
    expect(exported.threadMessages).toEqual([expect.objectContaining({ body: 'Pesan dari pembeli' })]);
    expect((await t.http.request('DELETE', '/api/users/me', { token: buyer.token })).status).toBe(204);
    const seen = (await t.http.get(`/api/threads/${thread.id}/messages`, x.staff.token)).body.items;
    expect(seen).toEqual([
      expect.objectContaining({ body: 'Pesan dari pembeli', senderId: '', senderName: '' }),
    ]);
  });
});
