import { Injectable, Logger } from '@nestjs/common';
import { QueryFailedError, type EntityManager } from 'typeorm';
import { UnitOfWork, type Tx } from '../../domain';
import { NotificationsService } from '../notifications/notifications.service';
import { BLOCK_CHANGED, type BlockChange } from '../schedule/block-changes';
import { EffectRunner } from '../schedule/effect-runner.service';
import { MatchingCalendar } from './matching-calendar.service';
import { MeetingEntity, MeetingParticipantEntity } from './matching.entities';
import { MeetingsService } from './meetings.service';
import { MatchingPeople } from './read-models/matching-people.read-model';

/** Changes that end every meeting of the block. */
const ENDING: readonly BlockChange['action'][] = ['cancel', 'remove'];

/** Where a changed block now ends: a rescheduled block's new end, otherwise as far as the move takes it. */
function until(change: BlockChange): number {
  return change.until ? new Date(change.until).getTime() : Infinity;
}

/**
 * Meetings follow their business-matching block: when the organiser starts a block early or delays it, its
 * slot grid moves (the calendar reads the blocks' effective times) and the meetings booked in it move by the
 * same amount, so "start now" seats the first slot's people at once; when a block is cancelled, its
 * meetings are cancelled; when its planned times are edited in the session form, its meetings move with its
 * start and those that would end after its new end are cancelled; when it is deleted, they are cancelled.
 * Both parties are told (`meeting_moved` with the new time, `meeting_cancelled`).
 * Runs on the schedule's `BLOCK_CHANGED` timed effect (at least once): each meeting changed is marked with
 * the change's key, so a re-run leaves it. When the database refuses a move (it would overlap another
 * meeting of the exhibitor, a table or a person), a delayed meeting is cancelled (its time is no longer
 * in the block's grid) and an early-started one stays where it was (still inside the block).
 */
@Injectable()
export class BlockMeetingsService {
  private readonly logger = new Logger(BlockMeetingsService.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly calendar: MatchingCalendar,
    private readonly meetings: MeetingsService,
    private readonly people: MatchingPeople,
    private readonly notifications: NotificationsService,
    effects: EffectRunner,
  ) {
    effects.register(BLOCK_CHANGED, (e) => this.follow(e.payload as BlockChange));
  }

  async follow(change: BlockChange): Promise<void> {
    const shift = Number(change.shiftMs);
    const changed = await this.uow.run(async (tx) => {
      const m = tx.manager;
      const ending = ENDING.includes(change.action);
      const statuses = ending ? ['scheduled', 'live'] : ['scheduled'];
      // A delay moves the latest first, an early start the earliest first: each into room just left.
      const rows = await m
        .createQueryBuilder(MeetingEntity, 'x')
        .where('x.event_id = :event AND x.starts_at >= :from AND x.starts_at < :to', {
          event: change.eventId,
          from: new Date(change.from),
          to: new Date(change.to),
        })
        .andWhere('x.status IN (:...statuses) AND x.block_change IS DISTINCT FROM :key', {
          statuses,
          key: change.key,
        })
        .orderBy('x.starts_at', shift > 0 ? 'DESC' : 'ASC')
        .setLock('pessimistic_write')
        .getMany();
      const done: MeetingEntity[] = [];
      const block = { start: new Date(change.from).getTime() + shift, end: until(change) };
      const fits = (start: number, end: number) => start >= block.start && end <= block.end;
      for (const meeting of rows) {
        const [start, end] = [meeting.startsAt.getTime(), meeting.endsAt.getTime()];
        if (ending || !fits(start + shift, end + shift)) done.push(await this.cancel(tx, meeting, change));
        else if (shift !== 0) {
          const moved = await this.move(tx, meeting, shift, change.key);
          if (moved) done.push(moved);
          // Refused: it stays where it was if that is still inside the block.
          else if (change.action === 'delay' || !fits(start, end))
            done.push(await this.cancel(tx, meeting, change));
        }
      }
      await this.calendar.plan(m, done);
      return done;
    });
    if (changed.length) {
      this.logger.log(
        { block: change.sessionId, action: change.action, meetings: changed.length },
        'meetings followed their block',
      );
      await this.meetings.push(await this.meetings.show(changed));
    }
  }

  /** Move a meeting (and its people's copies of its times) by `shift`; null when the database refuses. */
  private async move(
    tx: Tx,
    meeting: MeetingEntity,
    shift: number,
    key: string,
  ): Promise<MeetingEntity | null> {
    const m = tx.manager;
    const startsAt = new Date(meeting.startsAt.getTime() + shift);
    const endsAt = new Date(meeting.endsAt.getTime() + shift);
    await m.query('SAVEPOINT block_move');
    try {
      await m.update(MeetingEntity, { id: meeting.id }, { startsAt, endsAt, blockChange: key });
      await m.update(MeetingParticipantEntity, { meetingId: meeting.id }, { startsAt, endsAt });
      await m.query('RELEASE SAVEPOINT block_move');
    } catch (error) {
      await m.query('ROLLBACK TO SAVEPOINT block_move');
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23P01')
        return null;
      throw error;
    }
    const time = this.calendar.shown(startsAt);
    for (const { who, other } of await this.sides(m, meeting))
      await this.notifications.notify(
        tx,
        who,
        'meeting_moved',
        { name: other, time },
        '/meetings',
        meeting.eventId,
      );
    return m.create(MeetingEntity, { ...meeting, startsAt, endsAt, blockChange: key });
  }

  private async cancel(tx: Tx, meeting: MeetingEntity, change: BlockChange): Promise<MeetingEntity> {
    const m = tx.manager;
    await m.update(MeetingEntity, { id: meeting.id }, { status: 'cancelled', blockChange: change.key });
    await m.update(MeetingParticipantEntity, { meetingId: meeting.id }, { cancelled: true });
    const everyone = (await this.sides(m, meeting)).flatMap((s) => s.who);
    const told = { by: change.by };
    await this.notifications.notify(tx, everyone, 'meeting_cancelled', told, '/meetings', meeting.eventId);
    return m.create(MeetingEntity, { ...meeting, status: 'cancelled', blockChange: change.key });
  }

  /** Both sides of a meeting, each with the name of the other (the buyers see the exhibitor, staff the buyer). */
  private async sides(m: EntityManager, meeting: MeetingEntity): Promise<{ who: string[]; other: string }[]> {
    const { buyerIds } = await this.meetings.partiesOf(meeting, m);
    const [exhibitor] = (await this.people.exhibitors([meeting.exhibitorId], m)).values();
    const buyers = await this.people.parties(buyerIds, m);
    const buyer = buyers.get(buyerIds[0]);
    return [
      { who: buyerIds, other: exhibitor?.name ?? '—' },
      {
        who: await this.people.staffOf(meeting.exhibitorId, m),
        other: buyer?.company ?? buyer?.name ?? '—',
      },
    ];
  }
}
