import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type CreateSessionRequest,
  type SessionControlRequest,
  type UpdateSessionRequest,
} from '@pameran/contracts';
import { Repository } from 'typeorm';
import type { Tx } from '../../domain';
import { EventDayEntity, EventEntity, ScheduleSessionEntity } from './event.entity';
import { sessionState } from './session-state';
import { EventException } from './events.exception';
import { notFound } from '../../common/common.exception';
import { fairBounds } from './fair-days';

/** A session's stored columns, as other modules see them (no relations). */
export type SessionRecord = Omit<ScheduleSessionEntity, 'event' | 'day'>;

/** A change to a session: the row before and after it (for the audit trail). */
export interface SessionChange {
  before: SessionRecord;
  after: SessionRecord;
}

/**
 * The programme's sessions and their rules (times within the event, legal live controls). Writes only
 * in the caller's unit of work: the schedule module plans the timed effects and audits in the same one.
 */
@Injectable()
export class ScheduleSessionsService {
  constructor(
    @InjectRepository(ScheduleSessionEntity) private readonly sessions: Repository<ScheduleSessionEntity>,
  ) {}

  all(): Promise<SessionRecord[]> {
    return this.sessions.find();
  }

  ofEvent(eventId: string): Promise<SessionRecord[]> {
    return this.sessions.find({ where: { eventId } });
  }

  /** Apply a live control at `now` (on the sessions' own timeline); refuses what the session's state forbids. */
  async control(id: string, dto: SessionControlRequest, now: Date, tx: Tx): Promise<SessionChange> {
    const m = tx.manager;
    const s = await m.findOne(ScheduleSessionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!s) throw notFound('Session');
    const before = { ...s };
    const state = sessionState(s, now);
    const refuse = (why: string) => new EventException('illegal_control', why);
    const minutes = dto.minutes ?? 0;
    if (state === 'cancelled') throw refuse('This session is cancelled');
    if (dto.action === 'start_now') {
      if (state !== 'scheduled') throw refuse('Only a session that has not started can start now');
      s.startedAt = now;
    } else if (dto.action === 'end_now') {
      if (state !== 'live') throw refuse('Only a live session can end now');
      s.endedAt = now;
    } else if (dto.action === 'extend') {
      if (state === 'ended') throw refuse('This session has already ended');
      s.extendMinutes += minutes;
    } else if (dto.action === 'delay') {
      if (state !== 'scheduled') throw refuse('Only a session that has not started can be delayed');
      s.delayMinutes += minutes;
    } else {
      s.cancelledAt = now;
    }
    await m.save(s);
    return { before, after: { ...s } };
  }

  async create(slug: string, dto: CreateSessionRequest, tx: Tx): Promise<SessionRecord> {
    const m = tx.manager;
    const event = await m.findOne(EventEntity, { where: { slug } });
    if (!event) throw notFound(`Event "${slug}"`);
    const [startsAt, endsAt] = [stored(dto.startsAt), stored(dto.endsAt)];
    if (!(await m.exists(EventDayEntity, { where: { id: dto.dayId, eventId: event.id } })))
      throw new EventException('unknown_day', 'That day is not part of this event', [
        { path: 'dayId', message: 'not a day of this event' },
      ]);
    assertWithinEvent(event, startsAt, endsAt);
    const s = await m.save(
      m.create(ScheduleSessionEntity, {
        eventId: event.id,
        dayId: dto.dayId,
        kind: dto.kind,
        titleId: dto.title.id,
        titleEn: dto.title.en,
        startsAt,
        endsAt,
      }),
    );
    return { ...s };
  }

  async update(id: string, dto: UpdateSessionRequest, tx: Tx): Promise<SessionChange> {
    const m = tx.manager;
    const s = await m.findOne(ScheduleSessionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!s) throw notFound('Session');
    const before = { ...s };
    if (dto.kind) s.kind = dto.kind;
    if (dto.title) Object.assign(s, { titleId: dto.title.id, titleEn: dto.title.en });
    if (dto.startsAt) s.startsAt = stored(dto.startsAt);
    if (dto.endsAt) s.endsAt = stored(dto.endsAt);
    // New times replace the plan: earlier delays and extensions no longer apply on top of them.
    if (dto.startsAt || dto.endsAt) Object.assign(s, { delayMinutes: 0, extendMinutes: 0 });
    if (s.endsAt <= s.startsAt)
      throw new EventException('invalid_times', 'The end must be after the start', [
        { path: 'endsAt', message: 'must be after startsAt' },
      ]);
    assertWithinEvent(await m.findOneByOrFail(EventEntity, { id: s.eventId }), s.startsAt, s.endsAt);
    await m.save(s);
    return { before, after: { ...s } };
  }

  /** Delete the session; the row as it was. */
  async remove(id: string, tx: Tx): Promise<SessionRecord> {
    const s = await tx.manager.findOne(ScheduleSessionEntity, { where: { id } });
    if (!s) throw notFound('Session');
    await tx.manager.delete(ScheduleSessionEntity, { id });
    return { ...s };
  }
}

/**
 * Times are written on the fair's own timeline (the planned dates); a DEMO_LIVE run shifts them only when
 * they are read, so the organiser's form shows and sends the real programme.
 */
function stored(iso: string): Date {
  return new Date(iso);
}

/** Sessions fall on the fair's days, from midnight of the first to midnight after the last, in the fair's own zone. */
function assertWithinEvent(event: EventEntity, start: Date, end: Date): void {
  const { first, last } = fairBounds(event);
  if (start < first || end > last) {
    throw new EventException(
      'outside_event',
      `Sessions must fall within the event (${event.startsOn} – ${event.endsOn}, ${event.timeZone})`,
      [{ path: start < first ? 'startsAt' : 'endsAt', message: 'outside the event dates' }],
    );
  }
}
