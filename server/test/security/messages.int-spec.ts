import { EventEntity } from '../../src/modules/events/event.entity';
import { FairFactory } from '../factories/fair.factory';
import { MatchingFactory } from '../factories/matching.factory';
import { MessagesFactory as M } from '../factories/messages.factory';
import { signedIn } from '../factories/user.factory';
import { createApp, TestApp } from '../support/create-app';

jest.setTimeout(60_000);

const SLUG = 'private-talk-fair';

/**
 * Abuse cases against the threads between a request's, meeting's or deal's parties (docs/security.md,
 * "Messages"): who reads them, what rides along on a message, and what an organiser may see.
 */
describe('security: messages stay between the parties (real PostgreSQL)', () => {
  let t: TestApp;
  let event: EventEntity;
  let slot = 0;

  beforeAll(async () => {
    t = await createApp();
    event = await FairFactory.event(t.db, SLUG);
  });
  afterAll(() => t.close());

  const setUp = async () => {
    const p = await M.pair(t, event.id, ++slot);
    const thread = (await M.open(t, p.buyer.token, 'meeting', p.meetingId)).body as { id: string };
    return { ...p, thread };
  };
  const read = (token: string, threadId: string) => t.http.get(`/api/threads/${threadId}/messages`, token);

  it('a staffer removed from the exhibitor, with a token that still names it, loses its threads at once', async () => {
    const { x, thread } = await setUp();
    await M.post(t, x.staff.token, thread.id, 'Harga khusus untuk Anda');
    // Removed in the database only (their membership of the fair): the access token (not yet expired) is
    // still valid, and the rights come from the membership alone.
    await t.db.query(`DELETE FROM membership WHERE user_id = $1 AND role = 'exhibitor'`, [x.staff.user.id]);
    expect((await read(x.staff.token, thread.id)).status).toBe(404);
    expect((await M.post(t, x.staff.token, thread.id, 'masih bisa?')).status).toBe(404);
    expect((await t.http.get('/api/threads', x.staff.token)).body.items).toEqual([]);
  });

  it('a colleague invited to a request who has not accepted cannot read its thread', async () => {
    const { buyer, requestId } = await setUp();
    const colleague = await MatchingFactory.buyer(t);
    await t.db.query('UPDATE meeting_request SET invited_ids = $2 WHERE id = $1', [
      requestId,
      [colleague.user.id],
    ]);
    expect((await M.open(t, buyer.token, 'request', requestId)).status).toBe(200);
    expect((await M.open(t, colleague.token, 'request', requestId)).status).toBe(404);
    await t.db.query(
      'UPDATE meeting_request SET attendee_ids = invited_ids, invited_ids = $2 WHERE id = $1',
      [requestId, []],
    );
    expect((await M.open(t, colleague.token, 'request', requestId)).status).toBe(200);
  });

  it('an outsider cannot upload into a thread; a party cannot send another’s upload or one from another thread', async () => {
    const { x, buyer, requestId, thread } = await setUp();
    const outsider = await MatchingFactory.exhibitor(t, event.id, { slot: ++slot });
    expect((await M.attach(t, outsider.staff.token, thread.id)).status).toBe(404);
    const [{ n }] = await t.db.query(
      'SELECT count(*)::int AS n FROM thread_attachment WHERE thread_id = $1',
      [thread.id],
    );
    expect(n).toBe(0);

    const buyers = (await M.attach(t, buyer.token, thread.id)).body;
    const stolen = await M.post(t, x.staff.token, thread.id, 'foto saya', { attachmentIds: [buyers.id] });
    expect(stolen.status).toBe(422);
    // The same buyer's upload to another of their threads (the request's) does not move into this one either.
    const thread2 = (await M.open(t, buyer.token, 'request', requestId)).body;
    const elsewhere = (await M.attach(t, buyer.token, thread2.id)).body;
    expect((await M.post(t, buyer.token, thread.id, 'x', { attachmentIds: [elsewhere.id] })).status).toBe(
      422,
    );
    // Nothing was stored by the refused posts.
    expect((await read(buyer.token, thread.id)).body.total).toBe(0);
  });

  it('an organiser reads a thread only through a report, and only the reported message', async () => {
    const { x, buyer, meetingId, thread } = await setUp();
    const secret = (await M.post(t, buyer.token, thread.id, 'Harga rahasia: Rp 12.000')).body;
    const reported = (await M.post(t, x.staff.token, thread.id, 'Pesan kasar')).body;
    const organiser = await signedIn(t, 'organiser');
    expect((await M.open(t, organiser.token, 'meeting', meetingId)).status).toBe(404);
    expect((await read(organiser.token, thread.id)).status).toBe(404);
    expect(
      (
        await t.http.post(
          `/api/threads/${thread.id}/messages/${reported.id}/report`,
          { reason: 'kasar' },
          buyer.token,
        )
      ).status,
    ).toBe(204);
    const queue = (await t.http.get(`/api/admin/message-reports?event=${SLUG}`, organiser.token)).body.items;
    const bodies = queue.map((r: { message: { body: string } }) => r.message.body);
    expect(bodies).toContain('Pesan kasar');
    expect(bodies).not.toContain(secret.body);
  });

  it('a hidden message reaches no other party: not in history, not as the inbox’s last message', async () => {
    const { x, buyer, thread } = await setUp();
    const rude = (await M.post(t, x.staff.token, thread.id, 'Pesan kasar sekali')).body;
    await t.http.post(
      `/api/threads/${thread.id}/messages/${rude.id}/report`,
      { reason: 'kasar' },
      buyer.token,
    );
    const organiser = await signedIn(t, 'organiser');
    const queue = (await t.http.get(`/api/admin/message-reports?event=${SLUG}`, organiser.token)).body.items;
    const report = queue.find((r: { message: { id: string } }) => r.message.id === rude.id);
    await t.http.post(`/api/admin/message-reports/${report.id}/hide`, {}, organiser.token);
    expect((await read(buyer.token, thread.id)).body.items).toEqual([]);
    const inbox = (await t.http.get('/api/threads', buyer.token)).body;
    expect(JSON.stringify(inbox)).not.toContain('Pesan kasar sekali');
    expect(inbox.unread).toBe(0);
  });

  it('a party an organiser muted cannot write in a thread', async () => {
    const { buyer, thread } = await setUp();
    const organiser = await signedIn(t, 'organiser');
    const mute = await t.http.post(
      `/api/admin/moderation?event=${SLUG}`,
      { userId: buyer.user.id, kind: 'mute', minutes: 30, reason: 'pesan berulang' },
      organiser.token,
    );
    expect(mute.status).toBe(200);
    const refused = await M.post(t, buyer.token, thread.id, 'beli di sini!!!');
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'muted' });
    const stored = await t.db.query('SELECT count(*)::int AS n FROM thread_message WHERE thread_id = $1', [
      thread.id,
    ]);
    expect(stored[0].n).toBe(0);
  });

  it('a party flooding a thread is slowed down', async () => {
    const { buyer, thread } = await setUp();
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await M.post(t, buyer.token, thread.id, `spam ${i}`)).status);
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses[30]).toBe(429);
  });
});
