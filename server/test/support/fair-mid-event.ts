import { randomUUID } from 'node:crypto';
import { BuyerProfileEntity } from '../../src/modules/users/user.entity';
import { FairFactory } from '../factories/fair.factory';
import { MatchingFactory } from '../factories/matching.factory';
import { signedIn } from '../factories/user.factory';
import type { TestApp } from './create-app';
import { connectHall } from './hall-client';

/** What a fair mid-event holds, as rows that a restore must bring back. */
export interface FairSnapshot {
  slug: string;
  counts: Record<'booths' | 'meetings' | 'deals' | 'chats', number>;
  boothIds: string[];
  meetingIds: string[];
  dealIds: string[];
  /** Chat messages the server acknowledged to their senders (ack `ok` with the stored id). */
  ackedChatIds: { boothId: string; id: string }[];
  /** A buyer with a password (to sign in after the restore) and a meeting and deal of theirs. */
  buyer: { email: string; meetingId: string; dealId: string };
}

export async function fairCounts(t: TestApp, eventId: string): Promise<FairSnapshot['counts']> {
  const [row] = await t.db.query(
    `SELECT (SELECT count(*)::int FROM booth WHERE event_id = $1) AS booths,
            (SELECT count(*)::int FROM meeting WHERE event_id = $1) AS meetings,
            (SELECT count(*)::int FROM deal d JOIN exhibitor x ON x.id = d.exhibitor_id WHERE x.event_id = $1) AS deals,
            (SELECT count(*)::int FROM chat_message c JOIN booth b ON b.id = c.booth_id WHERE b.event_id = $1) AS chats`,
    [eventId],
  );
  return row;
}

/**
 * A fair in the middle of its day, built through the real API and socket: booths, meetings requested
 * and accepted, deals recorded (most confirmed), and booth chat sent and acknowledged.
 */
export async function buildFairMidEvent(t: TestApp, slug: string, booths = 4): Promise<FairSnapshot> {
  const event = await FairFactory.event(t.db, slug);
  const { slot } = await MatchingFactory.block(t.db, event, { slots: booths + 2 });
  const buyer = await signedIn(t, 'buyer', { leadConsent: true });
  await t.db
    .getRepository(BuyerProfileEntity)
    .save({ userId: buyer.user.id, type: 'buyer', company: 'PT Uji Pulih', country: 'MY' });
  const snapshot: FairSnapshot = {
    slug,
    counts: { booths: 0, meetings: 0, deals: 0, chats: 0 },
    boothIds: [],
    meetingIds: [],
    dealIds: [],
    ackedChatIds: [],
    buyer: { email: buyer.user.email!, meetingId: '', dealId: '' },
  };
  const exhibitors = [];
  for (let i = 0; i < booths; i++) {
    const x = await MatchingFactory.exhibitor(t, event.id, { slot: i });
    exhibitors.push(x);
    snapshot.boothIds.push(x.booth.id);
    const request = await t.http.request('POST', '/api/meetings/requests', {
      token: buyer.token,
      body: { exhibitorId: x.exhibitor.id, message: `Meeting ${i}` },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(request.status).toBe(201);
    const accepted = await t.http.post(
      `/api/meetings/requests/${request.body.id}/accept`,
      { slotStart: slot(i) },
      x.staff.token,
    );
    expect(accepted.status).toBe(200);
    snapshot.meetingIds.push(accepted.body.meeting.id);
    const deal = await t.http.post(
      '/api/deals',
      { exhibitorId: x.exhibitor.id, value: 10_000_000 * (i + 1), status: 'po', note: `PO ${i + 1}` },
      buyer.token,
    );
    expect(deal.status).toBe(201);
    snapshot.dealIds.push(deal.body.id);
    if (i > 0) {
      expect((await t.http.post(`/api/deals/${deal.body.id}/confirm`, {}, x.staff.token)).status).toBe(200);
    }
  }
  // The hall knows the booths that existed when it was joined.
  const visitor = await connectHall(t.url, { token: (await signedIn(t, 'visitor')).token, event: slug });
  try {
    for (const x of exhibitors) {
      expect(await visitor.emitWithAck('booth:enter', { boothId: x.booth.id })).toMatchObject({ ok: true });
      for (const text of ['Assalamualaikum, ada stok?', 'Berapa minimal order?']) {
        const ack = await visitor.emitWithAck('chat:send', {
          boothId: x.booth.id,
          text,
          clientMsgId: randomUUID(),
        });
        expect(ack).toMatchObject({ ok: true });
        snapshot.ackedChatIds.push({ boothId: x.booth.id, id: (ack as { id: string }).id });
      }
    }
  } finally {
    visitor.close();
  }
  snapshot.buyer.meetingId = snapshot.meetingIds[0];
  snapshot.buyer.dealId = snapshot.dealIds[0];
  snapshot.counts = await fairCounts(t, event.id);
  return snapshot;
}
