import { EntityManager, In, IsNull, MoreThan, Not } from 'typeorm';
import { TimedEffectEntity } from '../schedule/timed-effect.entity';
import { MeetingEntity } from './matching.entities';

/** A meeting's timed effects: its room opens 5 minutes before, it goes live at the start, it ends at the end. */
export const MEETING_EFFECTS = { open: 'meeting.open', start: 'meeting.start', end: 'meeting.end' } as const;
export const ROOM_OPENS_BEFORE_MS = 5 * 60_000;

/**
 * (Re)plan the effects of meetings, on the real clock (stored times + the demo offset). Pending effects that
 * no longer match (cancelled, moved, another offset) are dropped; a cancelled meeting gets its end now, so
 * an open room closes at once. Effects already run are never repeated (keys are unique).
 */
export async function planMeetingEffects(
  m: EntityManager,
  meetings: MeetingEntity[],
  offsetMs: number,
  now: number,
) {
  for (const meeting of meetings) {
    const at = (t: number) => new Date(t + offsetMs);
    const wanted: Partial<TimedEffectEntity>[] =
      meeting.status === 'cancelled'
        ? [effect(meeting, 'end', new Date(now))]
        : [
            effect(meeting, 'open', at(meeting.startsAt.getTime() - ROOM_OPENS_BEFORE_MS)),
            effect(meeting, 'start', at(meeting.startsAt.getTime())),
            effect(meeting, 'end', at(meeting.endsAt.getTime())),
          ];
    await m.delete(TimedEffectEntity, {
      subjectId: meeting.id,
      doneAt: IsNull(),
      key: Not(In(wanted.map((w) => w.key!))),
    });
    await m.createQueryBuilder().insert().into(TimedEffectEntity).values(wanted).orIgnore().execute();
  }
}

function effect(
  meeting: MeetingEntity,
  what: keyof typeof MEETING_EFFECTS,
  dueAt: Date,
): Partial<TimedEffectEntity> {
  return {
    key: `meeting:${meeting.id}:${what}@${dueAt.toISOString()}`,
    kind: MEETING_EFFECTS[what],
    subjectId: meeting.id,
    payload: { meetingId: meeting.id, eventId: meeting.eventId },
    dueAt,
  };
}

/** Meetings still to come or running, for re-planning at start-up (the demo offset may have changed). */
export function upcomingMeetings(m: EntityManager, storedNow: number): Promise<MeetingEntity[]> {
  return m.find(MeetingEntity, {
    where: { status: In(['scheduled', 'live']), endsAt: MoreThan(new Date(storedNow)) },
  });
}
