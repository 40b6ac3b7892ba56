import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type {
  CreateSessionRequest,
  ScheduleSession,
  ScheduleStateEvent,
  SessionControlRequest,
  UpdateSessionRequest,
} from '@pameran/contracts';
import { EntityManager, In, IsNull, Not, Repository } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { fairTime } from '../../common/fair-time';
import { TtlCache } from '../../common/ttl-cache';
import { AuditService } from '../audit/audit.service';
import { EventsService } from '../events/events.service';
import { ScheduleClock } from '../events/schedule-clock';
import { ScheduleSessionsService, type SessionRecord } from '../events/schedule-sessions.service';
import { effectiveTimes } from '../events/session-state';
import { UnitOfWork } from '../../domain';
import { planBlockChange } from './block-changes';
import { TimedEffectEntity } from './timed-effect.entity';
import { ScheduleException } from './schedule.exception';

const PAST_GRACE_MS = 60_000;

/**
 * The schedule runs itself: session states come from the clock and the overrides; each planned start and
 * end is a timed effect that broadcasts `schedule:state` once, on every node; organiser controls change the
 * state and broadcast at once.
 */
@Injectable()
export class ScheduleService {
  /** Each fair's hall state and zone (for the "opens at" text). */
  private readonly states = new TtlCache<{ state: ScheduleStateEvent; timeZone: string }>(1000, 100);

  constructor(
    @InjectRepository(TimedEffectEntity) private readonly effects: Repository<TimedEffectEntity>,
    private readonly events: EventsService,
    private readonly sessions: ScheduleSessionsService,
    private readonly clock: ScheduleClock,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  /** Hall state of an event, cached for a second (the live hall asks on every entry and message). */
  async state(eventId: string): Promise<ScheduleStateEvent> {
    return (await this.hall(eventId)).state;
  }

  private hall(eventId: string): Promise<{ state: ScheduleStateEvent; timeZone: string }> {
    return this.states.get(eventId, async () => {
      const event = await this.events.getById(eventId);
      const state = { hallOpen: event.hallOpen, sessions: event.days.flatMap((d) => d.sessions) };
      return { state, timeZone: event.timeZone };
    });
  }

  /** Refuses with a clear "opens at …" message while no hall session is live. */
  async assertHallOpen(eventId: string): Promise<void> {
    const { state, timeZone } = await this.hall(eventId);
    if (state.hallOpen) return;
    const next = state.sessions.find((s) => s.kind === 'hall' && s.state === 'scheduled');
    const when = next ? `; it opens ${fairTime(next.startsAt, timeZone, 'day')}` : '';
    throw new ScheduleException('hall_closed', `The hall is closed now${when}`);
  }

  /** Publish the event's fresh hall state (`schedule.changed`); the hall sends it to everyone there. */
  async publishState(eventId: string): Promise<void> {
    this.states.clear();
    await this.uow.publish('schedule.changed', { eventId, state: await this.state(eventId) });
  }

  /** (Re)plan the start and end effects of sessions; past ones are recorded as done, never replayed. */
  async plan(sessions: SessionRecord[], m: EntityManager = this.effects.manager): Promise<void> {
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
    await this.plan(await this.sessions.all());
  }

  async control(actor: Caller, id: string, dto: SessionControlRequest): Promise<ScheduleSession> {
    // Overrides are stored on the sessions' own timeline (in a DEMO_LIVE run, shifted back by the offset).
    const now = new Date(this.clock.now().getTime() - this.clock.offsetMs);
    const session = await this.uow.run(async (tx) => {
      const { before, after } = await this.sessions.control(id, dto, now, tx);
      await this.plan([after], tx.manager);
      await planBlockChange(tx.manager, before, after, dto.action, actor.name, this.clock.now());
      const entry = { action: `schedule.${dto.action}`, entityType: 'schedule_session', entityId: id };
      await this.audit.record(actor, { ...entry, before, after }, tx);
      return after;
    });
    await this.publishState(session.eventId);
    return this.sessionDto(session);
  }

  async create(actor: Caller, slug: string, dto: CreateSessionRequest): Promise<ScheduleSession> {
    const session = await this.uow.run(async (tx) => {
      const s = await this.sessions.create(slug, dto, tx);
      await this.plan([s], tx.manager);
      await this.audit.record(
        actor,
        { action: 'schedule.create', entityType: 'schedule_session', entityId: s.id, after: s },
        tx,
      );
      return s;
    });
    await this.publishState(session.eventId);
    return this.sessionDto(session);
  }

  async update(actor: Caller, id: string, dto: UpdateSessionRequest): Promise<ScheduleSession> {
    const session = await this.uow.run(async (tx) => {
      const { before, after } = await this.sessions.update(id, dto, tx);
      await this.plan([after], tx.manager);
      await planBlockChange(tx.manager, before, after, 'reschedule', actor.name, this.clock.now());
      await this.audit.record(
        actor,
        { action: 'schedule.update', entityType: 'schedule_session', entityId: id, before, after },
        tx,
      );
      return after;
    });
    await this.publishState(session.eventId);
    return this.sessionDto(session);
  }

  async remove(actor: Caller, id: string): Promise<void> {
    const removed = await this.uow.run(async (tx) => {
      await tx.manager.delete(TimedEffectEntity, { subjectId: id, doneAt: IsNull() });
      const before = await this.sessions.remove(id, tx);
      await planBlockChange(tx.manager, before, null, 'remove', actor.name, this.clock.now());
      await this.audit.record(
        actor,
        { action: 'schedule.delete', entityType: 'schedule_session', entityId: id, before },
        tx,
      );
      return before;
    });
    await this.publishState(removed.eventId);
  }

  private async sessionDto(s: SessionRecord): Promise<ScheduleSession> {
    const event = await this.events.getById(s.eventId);
    return event.days.flatMap((d) => d.sessions).find((x) => x.id === s.id)!;
  }
}
