import { EntityManager, In, MoreThan } from 'typeorm';
import type { PlannedEffect } from '../schedule/effect-runner.service';
import { MeetingEntity, MeetingRequestEntity } from './matching.entities';

/**
 * A meeting's timed effects: the parties are mailed a reminder an hour before and reminded 10 minutes before, its room opens 5 minutes before,
 * it goes live at the start and ends at the end. A request's: it expires when nobody answered in time.
 * These are the only clock-driven changes of matching (run by the schedule's EffectRunner, decision 0005).
 */
export const MEETING_EFFECTS = {
  remindEarly: 'meeting.remind_early',
  remind: 'meeting.remind',
  open: 'meeting.open',
  start: 'meeting.start',
  end: 'meeting.end',
} as const;
export const REQUEST_EXPIRES = 'request.expire';
export const ROOM_OPENS_BEFORE_MS = 5 * 60_000;
export const REMIND_BEFORE_MS = 10 * 60_000;
/** The earlier reminder (mail only, with the `.ics`): an hour before. */
export const REMIND_EARLY_BEFORE_MS = 60 * 60_000;

/**
 * The effects a meeting should have, on the real clock (stored times + the demo offset). A cancelled meeting
 * gets its end now, so an open room closes at once. The schedule's EffectRunner drops pending effects that
 * no longer match (cancelled, moved, another offset) and never repeats one already run.
 */
export function meetingEffects(meeting: MeetingEntity, offsetMs: number, now: number): PlannedEffect[] {
  const at = (t: number) => new Date(t + offsetMs);
  return meeting.status === 'cancelled'
    ? [effect(meeting, 'end', new Date(now))]
    : [
        effect(meeting, 'remindEarly', at(meeting.startsAt.getTime() - REMIND_EARLY_BEFORE_MS)),
        effect(meeting, 'remind', at(meeting.startsAt.getTime() - REMIND_BEFORE_MS)),
        effect(meeting, 'open', at(meeting.startsAt.getTime() - ROOM_OPENS_BEFORE_MS)),
        effect(meeting, 'start', at(meeting.startsAt.getTime())),
        effect(meeting, 'end', at(meeting.endsAt.getTime())),
      ];
}

function effect(meeting: MeetingEntity, what: keyof typeof MEETING_EFFECTS, dueAt: Date): PlannedEffect {
  return {
    key: `meeting:${meeting.id}:${what}@${dueAt.toISOString()}`,
    kind: MEETING_EFFECTS[what],
    payload: { meetingId: meeting.id, eventId: meeting.eventId },
    dueAt,
  };
}

/** A pending request's expiry, on the real clock; it does nothing if the request was answered by then. */
export function requestEffects(request: MeetingRequestEntity, offsetMs: number): PlannedEffect[] {
  const dueAt = new Date(request.expiresAt.getTime() + offsetMs);
  return [
    {
      key: `request:${request.id}:expire@${dueAt.toISOString()}`,
      kind: REQUEST_EXPIRES,
      payload: { requestId: request.id, eventId: request.eventId },
      dueAt,
    },
  ];
}

/** Requests still waiting for an answer, for re-planning their expiry at start-up. */
export function pendingRequests(m: EntityManager): Promise<MeetingRequestEntity[]> {
  return m.find(MeetingRequestEntity, { where: { status: In(['pending', 'countered']) } });
}

/** Meetings still to come or running, for re-planning at start-up (the demo offset may have changed). */
export function upcomingMeetings(m: EntityManager, storedNow: number): Promise<MeetingEntity[]> {
  return m.find(MeetingEntity, {
    where: { status: In(['scheduled', 'live']), endsAt: MoreThan(new Date(storedNow)) },
  });
}
