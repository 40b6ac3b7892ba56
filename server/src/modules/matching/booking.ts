import { EntityManager, QueryFailedError } from 'typeorm';
import { DomainException } from '../../common/domain.exception';
import { MeetingEntity, MeetingParticipantEntity, MeetingRequestEntity } from './matching.entities';
import type { GridSlot } from './slots';
import { MatchingException } from './matching.exception';

const OVERLAP_MESSAGES: Record<string, string> = {
  meeting_exhibitor_overlap: 'The exhibitor already has a meeting in that slot',
  meeting_participant_overlap: 'Someone on the buyer side already has a meeting in that slot',
  meeting_table_overlap: 'That meeting table is already booked in that slot',
};

/** The database's refusal of a double booking, as a clear 409 (never a 500). */
export function bookingConflict(error: unknown): DomainException | null {
  if (!(error instanceof QueryFailedError)) return null;
  const { code, constraint } = (error.driverError ?? {}) as { code?: string; constraint?: string };
  if (code === '23P01' && constraint && OVERLAP_MESSAGES[constraint]) {
    return new MatchingException('slot_taken', OVERLAP_MESSAGES[constraint]);
  }
  if (code === '23505' && constraint?.startsWith('IDX_') && error.query.includes('"meeting"')) {
    return new MatchingException('already_booked', 'This request already has a meeting');
  }
  return null;
}

/** A free on-site table in the slot; concurrent bookers skip each other's choice (SKIP LOCKED). */
async function freeTable(m: EntityManager, eventId: string, slot: GridSlot): Promise<string> {
  const rows: { id: string }[] = await m.query(
    `SELECT t.id FROM meeting_table t
      WHERE t.event_id = $1 AND t.active
        AND NOT EXISTS (SELECT 1 FROM meeting x WHERE x.table_id = t.id AND x.status <> 'cancelled'
                          AND tstzrange(x.starts_at, x.ends_at) && tstzrange($2, $3))
      ORDER BY t.label LIMIT 1 FOR UPDATE SKIP LOCKED`,
    [eventId, new Date(slot.start), new Date(slot.end)],
  );
  if (!rows[0]) throw new MatchingException('no_table', 'No meeting table is free in that slot');
  return rows[0].id;
}

/**
 * Book a request's meeting into a slot inside the caller's transaction. The exclusion constraints decide
 * races: exactly one of many concurrent bookings of a slot commits, the rest get 409.
 */
export async function bookMeeting(
  m: EntityManager,
  request: MeetingRequestEntity,
  slot: GridSlot,
  tableId?: string | null,
): Promise<MeetingEntity> {
  try {
    const table = request.mode === 'onsite' ? (tableId ?? (await freeTable(m, request.eventId, slot))) : null;
    const meeting = await m.save(
      m.create(MeetingEntity, {
        eventId: request.eventId,
        requestId: request.id,
        exhibitorId: request.exhibitorId,
        startsAt: new Date(slot.start),
        endsAt: new Date(slot.end),
        mode: request.mode,
        tableId: table,
        status: 'scheduled',
      }),
    );
    await m.insert(
      MeetingParticipantEntity,
      [request.requesterId, ...request.attendeeIds].map((userId) => ({
        meetingId: meeting.id,
        userId,
        side: 'buyer' as const,
        startsAt: meeting.startsAt,
        endsAt: meeting.endsAt,
      })),
    );
    return meeting;
  } catch (error) {
    throw bookingConflict(error) ?? error;
  }
}
