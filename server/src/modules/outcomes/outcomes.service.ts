import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type {
  MeetingOutcome,
  MeetingOutcomeInput,
  MeetingOutcomes,
  OutcomeSide,
  OutcomeToRecord,
} from '@pameran/contracts';
import { Repository } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { CommonException, notFound } from '../../common/common.exception';
import { UnitOfWork } from '../../domain';
import { MatchingCalendar } from '../matching/matching-calendar.service';
import { MembershipService } from '../memberships';
import { MeetingOutcomeEntity } from './meeting-outcome.entity';
import { OutcomeMeetings, type OutcomeMeeting } from './read-models/outcome-meetings.read-model';

/**
 * What each side says came of a meeting. Either side (any of its people) records one outcome, a rating and
 * a private note once the meeting is over; it may change it later (the last write stands). A side sees only
 * its own record; the organiser sees both. Strangers get 404, as for the meeting itself.
 */
@Injectable()
export class OutcomesService {
  constructor(
    @InjectRepository(MeetingOutcomeEntity) private readonly repo: Repository<MeetingOutcomeEntity>,
    private readonly meetings: OutcomeMeetings,
    private readonly calendar: MatchingCalendar,
    private readonly memberships: MembershipService,
    private readonly uow: UnitOfWork,
  ) {}

  /**
   * The caller's meetings that are over in every fair, each with their side's record so far. The route names
   * no fair: the exhibitor side is read from the caller's memberships, so staff in two fairs see each fair's
   * meetings as its exhibitor's (docs/decisions/0032-no-exhibitor-mirror.md).
   */
  async toRecord(caller: Caller): Promise<{ items: OutcomeToRecord[] }> {
    const now = new Date(this.calendar.now());
    const staffOf = (await this.memberships.of(caller.sub)).flatMap((ms) =>
      ms.role === 'exhibitor' && ms.exhibitorId ? [ms.exhibitorId] : [],
    );
    const meetings = await this.meetings.over(caller.sub, staffOf, now);
    if (meetings.length === 0) return { items: [] };
    const sides = new Map(meetings.map((mt) => [mt.id, sideOf(caller, mt, staffOf) as OutcomeSide]));
    const rows = await this.repo
      .createQueryBuilder('o')
      .where('o.meeting_id = ANY(:ids)', { ids: [...sides.keys()] })
      .getMany();
    const mine = new Map(rows.filter((r) => sides.get(r.meetingId) === r.side).map((r) => [r.meetingId, r]));
    return {
      items: meetings.map((mt) => {
        const row = mine.get(mt.id);
        return { meetingId: mt.id, side: sides.get(mt.id)!, outcome: row ? show(row) : null };
      }),
    };
  }

  /** A meeting's outcomes: the caller's side's record (a party) or both (the organiser). */
  async get(caller: Caller, meetingId: string): Promise<MeetingOutcomes> {
    const meeting = await this.meeting(meetingId);
    const side = sideOf(caller, meeting);
    if (!side) throw notFound('Meeting');
    const rows = await this.repo.find({
      where: side === 'organiser' ? { meetingId } : { meetingId, side },
      order: { side: 'ASC' },
    });
    return { meetingId, items: rows.map(show) };
  }

  /** The caller's side records (or changes) its outcome of a meeting that is over. */
  async record(
    caller: Caller,
    meetingId: string,
    input: Required<MeetingOutcomeInput>,
  ): Promise<MeetingOutcome> {
    const row = await this.uow.run(async (tx) => {
      const m = tx.manager;
      const meeting = await this.meeting(meetingId, m);
      const side = sideOf(caller, meeting);
      if (!side) throw notFound('Meeting');
      if (side === 'organiser')
        throw new CommonException('forbidden', 'Only the meeting’s parties record its outcome');
      if (!OutcomeMeetings.isOver(meeting, new Date(this.calendar.now()))) {
        throw new CommonException(
          'illegal_transition',
          'The outcome can be recorded once the meeting was held or its time is over',
        );
      }
      const values = {
        meetingId,
        side,
        eventId: meeting.eventId,
        exhibitorId: meeting.exhibitorId,
        outcome: input.outcome,
        rating: input.rating,
        note: input.note,
        recordedBy: caller.sub,
      };
      await m
        .createQueryBuilder()
        .insert()
        .into(MeetingOutcomeEntity)
        .values(values)
        .orUpdate(['outcome', 'rating', 'note', 'recorded_by', 'updated_at'], ['meeting_id', 'side'])
        .execute();
      tx.publish('meeting.outcome_recorded', {
        eventId: meeting.eventId,
        meetingId,
        userId: caller.sub,
        outcome: input.outcome,
      });
      return m.findOneByOrFail(MeetingOutcomeEntity, { meetingId, side });
    });
    return show(row);
  }

  /** The outcomes this person wrote (the current record of their side), for their data export. */
  async writtenBy(userId: string): Promise<MeetingOutcome[]> {
    const rows = await this.repo.find({ where: { recordedBy: userId }, order: { updatedAt: 'ASC' } });
    return rows.map(show);
  }

  private async meeting(id: string, m = this.repo.manager): Promise<OutcomeMeeting> {
    const meeting = await this.meetings.byId(id, m);
    if (!meeting) throw notFound('Meeting');
    return meeting;
  }
}

/**
 * The caller's side of a meeting: the exhibitor's people, the buyer side's people, or the organiser. Its
 * routes name the meeting's fair, so the caller's exhibitor there is theirs (`staffOf` otherwise).
 */
function sideOf(
  caller: Caller,
  meeting: OutcomeMeeting,
  staffOf: string[] = caller.exhibitorId ? [caller.exhibitorId] : [],
): OutcomeSide | 'organiser' | null {
  if (staffOf.includes(meeting.exhibitorId)) return 'exhibitor';
  if (meeting.buyerIds.includes(caller.sub)) return 'buyer';
  if (caller.role === 'organiser') return 'organiser';
  return null;
}

function show(row: MeetingOutcomeEntity): MeetingOutcome {
  return {
    meetingId: row.meetingId,
    side: row.side,
    outcome: row.outcome,
    rating: row.rating,
    note: row.note,
    recordedBy: row.recordedBy,
    updatedAt: row.updatedAt.toISOString(),
  };
}
