import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CreateSessionRequest,
  ScheduleSession,
  ScheduleStateEvent,
  SessionControlRequest,
  UpdateSessionRequest,
} from '@pameran/contracts';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { TtlCache } from '../../common/ttl-cache';
import { AuditService } from '../audit/audit.service';
import { EventEntity, ScheduleSessionEntity } from '../events/event.entity';
import { EventsService } from '../events/events.service';
import { ScheduleClock } from '../events/schedule-clock';
import { effectiveTimes } from '../events/session-state';
import { UnitOfWork } from '../../domain';
import { TimedEffectEntity } from './timed-effect.entity';
import { ScheduleException } from './schedule.exception';
import { notFound } from '../../common/common.exception';

const PAST_GRACE_MS = 60_000;
const wib = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Jakarta',
  hour: '2-digit',
  minute: '2-digit',
  day: 'numeric',
  month: 'short',
});

/**
 * The schedule runs itself: session states come from the clock and the overrides; each planned start and
 * end is a timed effect that broadcasts `schedule:state` once, on every node; organiser controls change the
 * state and broadcast at once.
 */
@Injectable()
export class ScheduleService {
  private readonly states = new TtlCache<ScheduleStateEvent>(1000, 100);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventsService,
    private readonly clock: ScheduleClock,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  /** Hall state of an event, cached for a second (the live hall asks on every entry and message). */
  state(eventId: string): Promise<ScheduleStateEvent> {
    return this.states.get(eventId, async () => {
      const event = await this.events.getById(eventId);
      return { hallOpen: event.hallOpen, sessions: event.days.flatMap((d) => d.sessions) };
    });
  }

  /** Refuses with a clear "opens at …" message while no hall session is live. */
  async assertHallOpen(eventId: string): Promise<void> {
    const { hallOpen, sessions } = await this.state(eventId);
    if (hallOpen) return;
    const next = sessions.find((s) => s.kind === 'hall' && s.state === 'scheduled');
    const when = next ? `; it opens ${wib.format(new Date(next.startsAt))} WIB` : '';
    throw new ScheduleException('hall_closed', `The hall is closed now${when}`);
  }

  /** Publish the event's fresh hall state (`schedule.changed`); the hall sends it to everyone there. */
  async publishState(eventId: string): Promise<void> {
    this.states.clear();
    await this.uow.publish('schedule.changed', { eventId, state: await this.state(eventId) });
  }

  /** (Re)plan the start and end effects of sessions; past ones are recorded as done, never replayed. */
  async plan(sessions: ScheduleSessionEntity[], m: EntityManager = this.db.manager): Promise<void> {
    const now = this.clock.now().getTime();
    for (const s of sessions) {
      const wanted: Partial<TimedEffectEntity>[] = [];
      if (!s.cancelledAt) {
        const { start, end } = effectiveTimes(s);
        for (const [to, at] of [
          ['live', start],
          ['ended', end],
        ] as const) {
          const dueAt = new Date(at.getTime() + this.clock.offsetMs);
          wanted.push({
            key: `session:${s.id}:${to}@${dueAt.toISOString()}`,
            kind: 'session.transition',
            subjectId: s.id,
            payload: { eventId: s.eventId, sessionId: s.id, to },
            dueAt,
            doneAt: dueAt.getTime() < now - PAST_GRACE_MS ? new Date(now) : null,
            lastError: dueAt.getTime() < now - PAST_GRACE_MS ? 'past when planned' : null,
          });
        }
      }
      await m.delete(TimedEffectEntity, {
        subjectId: s.id,
        doneAt: IsNull(),
        ...(wanted.length && { key: Not(In(wanted.map((w) => w.key!))) }),
      });
      if (wanted.length)
        await m.createQueryBuilder().insert().into(TimedEffectEntity).values(wanted).orIgnore().execute();
    }
  }

  async planAll(): Promise<void> {
    await this.plan(await this.db.getRepository(ScheduleSessionEntity).find());
  }

  async control(actor: Caller, id: string, dto: SessionControlRequest): Promise<ScheduleSession> {
    // Overrides are stored on the sessions' own timeline (in a DEMO_LIVE run, shifted back by the offset).
    const now = new Date(this.clock.now().getTime() - this.clock.offsetMs);
    const minutes = dto.minutes ?? 0;
    const session = await this.db.transaction(async (m) => {
      const s = await m.findOne(ScheduleSessionEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!s) throw notFound('Session');
      const before = { ...s };
      const state = this.stateAt(s, now);
      const refuse = (why: string) => new ScheduleException('illegal_control', why);
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
      await this.plan([s], m);
      await this.audit.record(
        actor,
        {
          action: `schedule.${dto.action}`,
          entityType: 'schedule_session',
          entityId: id,
          before,
          after: { ...s },
        },
        m,
      );
      return s;
    });
    await this.publishState(session.eventId);
    return this.sessionDto(session);
  }

  async create(actor: Caller, slug: string, dto: CreateSessionRequest): Promise<ScheduleSession> {
    const event = await this.events.findEntity(slug);
    const [startsAt, endsAt] = [this.stored(dto.startsAt), this.stored(dto.endsAt)];
    const session = await this.db.transaction(async (m) => {
      const day = await m.query('SELECT id FROM event_day WHERE id = $1 AND event_id = $2', [
        dto.dayId,
        event.id,
      ]);
      if (!day.length)
        throw new ScheduleException('unknown_day', 'That day is not part of this event', [
          { path: 'dayId', message: 'not a day of this event' },
        ]);
      this.assertWithinEvent(event, startsAt, endsAt);
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
      await this.plan([s], m);
      await this.audit.record(
        actor,
        { action: 'schedule.create', entityType: 'schedule_session', entityId: s.id, after: { ...s } },
        m,
      );
      return s;
    });
    await this.publishState(event.id);
    return this.sessionDto(session);
  }

  async update(actor: Caller, id: string, dto: UpdateSessionRequest): Promise<ScheduleSession> {
    const session = await this.db.transaction(async (m) => {
      const s = await m.findOne(ScheduleSessionEntity, {
        where: { id },
        relations: { event: true },
        lock: { mode: 'pessimistic_write', tables: ['schedule_session'] },
      });
      if (!s) throw notFound('Session');
      const before = { ...s, event: undefined };
      if (dto.kind) s.kind = dto.kind;
      if (dto.title) Object.assign(s, { titleId: dto.title.id, titleEn: dto.title.en });
      if (dto.startsAt) s.startsAt = this.stored(dto.startsAt);
      if (dto.endsAt) s.endsAt = this.stored(dto.endsAt);
      // New times replace the plan: earlier delays and extensions no longer apply on top of them.
      if (dto.startsAt || dto.endsAt) Object.assign(s, { delayMinutes: 0, extendMinutes: 0 });
      if (s.endsAt <= s.startsAt)
        throw new ScheduleException('invalid_times', 'The end must be after the start', [
          { path: 'endsAt', message: 'must be after startsAt' },
        ]);
      this.assertWithinEvent(s.event, s.startsAt, s.endsAt);
      const { event: _event, ...row } = s;
      await m.save(ScheduleSessionEntity, row);
      await this.plan([s], m);
      await this.audit.record(
        actor,
        { action: 'schedule.update', entityType: 'schedule_session', entityId: id, before, after: row },
        m,
      );
      return s;
    });
    await this.publishState(session.eventId);
    return this.sessionDto(session);
  }

  async remove(actor: Caller, id: string): Promise<void> {
    const s = await this.db.getRepository(ScheduleSessionEntity).findOneBy({ id });
    if (!s) throw notFound('Session');
    await this.db.transaction(async (m) => {
      await m.delete(TimedEffectEntity, { subjectId: id, doneAt: IsNull() });
      await m.delete(ScheduleSessionEntity, { id });
      await this.audit.record(
        actor,
        { action: 'schedule.delete', entityType: 'schedule_session', entityId: id, before: { ...s } },
        m,
      );
    });
    await this.publishState(s.eventId);
  }

  /**
   * Times are written on the fair's own timeline (the planned dates); a DEMO_LIVE run shifts them only when
   * they are read, so the organiser's form shows and sends the real programme.
   */
  private stored(iso: string): Date {
    return new Date(iso);
  }

  private stateAt(s: ScheduleSessionEntity, now: Date) {
    if (s.cancelledAt) return 'cancelled' as const;
    const { start, end } = effectiveTimes(s);
    return now < start ? ('scheduled' as const) : now < end ? ('live' as const) : ('ended' as const);
  }

  private assertWithinEvent(event: EventEntity, start: Date, end: Date): void {
    const first = new Date(`${event.startsOn}T00:00:00+07:00`);
    const last = new Date(`${event.endsOn}T24:00:00+07:00`);
    if (start < first || end > last) {
      throw new ScheduleException(
        'outside_event',
        `Sessions must fall within the event (${event.startsOn} – ${event.endsOn})`,
        [{ path: start < first ? 'startsAt' : 'endsAt', message: 'outside the event dates' }],
      );
    }
  }

  private async sessionDto(s: ScheduleSessionEntity): Promise<ScheduleSession> {
    const event = await this.events.getById(s.eventId);
    return event.days.flatMap((d) => d.sessions).find((x) => x.id === s.id)!;
  }
}
