import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { FairEvent, MatchingSettings, ScheduleSession } from '@pameran/contracts';
import { EntityManager, Repository } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { AppConfig } from '../../config/app-config';
import { UnitOfWork, type Tx } from '../../domain';
import { AuditService } from '../audit/audit.service';
import { EventEntity, ScheduleSessionEntity } from './event.entity';
import { ScheduleClock } from './schedule-clock';
import { demoOffsetMs } from './demo-offset';
import { calendar } from './ical';
import { effectiveTimes, sessionState } from './session-state';
import { notFound } from '../../common/common.exception';

@Injectable()
export class EventsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(EventsService.name);

  constructor(
    @InjectRepository(EventEntity) private readonly events: Repository<EventEntity>,
    @InjectRepository(ScheduleSessionEntity) private readonly sessions: Repository<ScheduleSessionEntity>,
    private readonly clock: ScheduleClock,
    private readonly config: AppConfig,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  /** DEMO_LIVE: read the schedule shifted so that now is one hour into the last day's hall session. */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.get('DEMO_LIVE')) return;
    const live = await this.sessions.findOne({ where: { kind: 'hall' }, order: { startsAt: 'DESC' } });
    if (!live) return;
    this.clock.setOffset(demoOffsetMs(live.startsAt));
    this.logger.log(
      { offsetHours: +(this.clock.offsetMs / 3.6e6).toFixed(2) },
      'demo schedule shifted to now',
    );
  }

  /** Every event's dates and zone (the retention job plans one purge per fair). */
  all(): Promise<Pick<EventEntity, 'id' | 'slug' | 'endsOn' | 'timeZone'>[]> {
    return this.events.find({ select: { id: true, slug: true, endsOn: true, timeZone: true } });
  }

  async findEntity(slug: string): Promise<EventEntity> {
    const event = await this.events.findOne({ where: { slug } });
    if (!event) throw notFound(`Event "${slug}"`);
    return event;
  }

  /**
   * Booths per zone of the fair's hall (its organisers may hold it under the hall's `ZONE_CAPACITY`), read in
   * the caller's transaction when given (the embedded database has one connection).
   */
  async zoneCapacity(eventId: string, m: EntityManager = this.events.manager): Promise<number> {
    const event = await m.findOne(EventEntity, { where: { id: eventId }, select: { zoneCapacity: true } });
    if (!event) throw notFound('Event');
    return event.zoneCapacity;
  }

  /** Live settings of the hall, as the console shows them. */
  async settings(slug: string): Promise<{ chatRegisteredOnly: boolean }> {
    return { chatRegisteredOnly: (await this.findEntity(slug)).chatRegisteredOnly };
  }

  /** Live settings of the hall (e.g. booth chat for registered users only), audited with the change. */
  updateSettings(
    actor: Caller,
    slug: string,
    settings: { chatRegisteredOnly: boolean },
  ): Promise<{ chatRegisteredOnly: boolean }> {
    return this.uow.run(async (tx) => {
      const event = await tx.manager.findOne(EventEntity, {
        where: { slug },
        lock: { mode: 'pessimistic_write' },
      });
      if (!event) throw notFound(`Event "${slug}"`);
      await tx.manager.update(EventEntity, { id: event.id }, settings);
      await this.audit.record(
        actor,
        {
          action: 'event.settings',
          entityType: 'event',
          entityId: event.id,
          eventId: event.id,
          before: { chatRegisteredOnly: event.chatRegisteredOnly },
          after: settings,
        },
        tx,
      );
      return { chatRegisteredOnly: settings.chatRegisteredOnly };
    });
  }

  get(slug: string): Promise<FairEvent> {
    return this.load({ slug });
  }

  getById(id: string): Promise<FairEvent> {
    return this.load({ id });
  }

  private async load(where: { slug: string } | { id: string }): Promise<FairEvent> {
    const event = await this.events.findOne({
      where,
      relations: { days: { sessions: true } },
      order: { days: { date: 'ASC', sessions: { startsAt: 'ASC' } } },
    });
    if (!event) throw notFound('Event');
    const now = this.clock.now();
    const days = event.days.map((d) => ({
      id: d.id,
      date: d.date,
      title: { id: d.titleId, en: d.titleEn },
      sessions: d.sessions.map((s) => this.toSession(s, now)),
    }));
    const sessions = days.flatMap((d) => d.sessions);
    const upcoming = sessions.filter((s) => s.state === 'live' || s.state === 'scheduled');
    return {
      id: event.id,
      slug: event.slug,
      name: { id: event.nameId, en: event.nameEn },
      description: { id: event.descriptionId, en: event.descriptionEn },
      timeZone: event.timeZone,
      startsOn: event.startsOn,
      endsOn: event.endsOn,
      // An archived fair is read-only: its hall never opens again, so the hall refuses entries and chat.
      hallOpen: event.status !== 'archived' && sessions.some((s) => s.kind === 'hall' && s.state === 'live'),
      nextSession: upcoming.find((s) => s.state === 'live') ?? upcoming[0] ?? null,
      demoOffsetMs: this.clock.offsetMs,
      days,
    };
  }

  /** The agenda as iCalendar: each session links to its page of this fair (a stage session to its stage). */
  async agendaIcs(slug: string): Promise<string> {
    const event = await this.get(slug);
    const sessions = event.days.flatMap((d) => d.sessions);
    const fair = `${this.config.linkOrigin}/e/${encodeURIComponent(event.slug)}`;
    return calendar(
      `${event.name.id} / ${event.name.en}`,
      sessions.map((s) => ({
        uid: `${s.id}@pameran`,
        start: new Date(s.startsAt),
        end: new Date(s.endsAt),
        summary: `${s.title.id} / ${s.title.en}`,
        description: `${event.name.en}`,
        url: s.kind === 'stage' ? `${fair}/stage/${s.id}` : `${fair}/agenda`,
        status: s.state === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
      })),
    );
  }

  private toSession(s: ScheduleSessionEntity, now: Date): ScheduleSession {
    const shift = this.clock.offsetMs;
    const real = effectiveTimes(s);
    const startsAt = new Date(real.start.getTime() + shift);
    const endsAt = new Date(real.end.getTime() + shift);
    return {
      id: s.id,
      dayId: s.dayId,
      kind: s.kind,
      title: { id: s.titleId, en: s.titleEn },
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      state: sessionState({ startsAt, endsAt, cancelledAt: s.cancelledAt }, now),
    };
  }

  /** Store an event's business-matching settings, in the caller's unit (which audits the change). */
  async setMatchingSettings(eventId: string, settings: MatchingSettings, tx: Tx): Promise<void> {
    await tx.manager.update(EventEntity, { id: eventId }, { matchingSettings: settings });
  }
}
