import { randomUUID } from 'node:crypto';
import type { EventEntity } from '../../src/modules/events/event.entity';
import { MeetingEntity, MeetingParticipantEntity } from '../../src/modules/matching/matching.entities';
import { MeetingRooms } from '../../src/modules/video/meeting-rooms.service';
import { MatchingFactory } from '../factories/matching.factory';
import type { TestApp } from './create-app';

/**
 * A booked online meeting between a Malaysian buyer and an exhibitor's staff, moved so that its slot began a
 * minute ago and ends `endsInMs` from now, its LiveKit room open and the meeting live (for the call specs).
 */
export async function meetingEndingIn(t: TestApp, event: EventEntity, endsInMs: number) {
  const { slot } = await MatchingFactory.block(t.db, event, { inMinutes: 60, slots: 3 });
  const x = await MatchingFactory.exhibitor(t, event.id, { slot: 0 });
  const buyer = await MatchingFactory.buyer(t, 'MY', {
    displayName: 'Aisyah Rahman',
    timeZone: 'Asia/Kuala_Lumpur',
  });
  const request = await t.http.request('POST', '/api/meetings/requests', {
    token: buyer.token,
    body: { exhibitorId: x.exhibitor.id, mode: 'online' },
    headers: { 'idempotency-key': randomUUID() },
  });
  const accepted = await t.http.post(
    `/api/meetings/requests/${request.body.id}/accept`,
    { slotStart: slot(0) },
    x.staff.token,
  );
  const id = accepted.body.meeting.id as string;
  const times = { startsAt: new Date(Date.now() - 60_000), endsAt: new Date(Date.now() + endsInMs) };
  await t.db.getRepository(MeetingEntity).update({ id }, times);
  await t.db.getRepository(MeetingParticipantEntity).update({ meetingId: id }, times);
  await t.app.get(MeetingRooms).planAll(); // its room opens, it goes live, its end is due at the new time
  return { id, x, buyer };
}
