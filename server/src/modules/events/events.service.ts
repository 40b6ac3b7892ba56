import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { FairEvent, MatchingSettings, ScheduleSession } from '@pameran/contracts';
import { Repository } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { AppConfig } from '../../config/app-config';
import { UnitOfWork, type Tx } from '../../domain';
import { AuditService } from '../audit/audit.service';
import { EventDayEntity, EventEntity, ScheduleSessionEntity } from './event.entity';
import { ScheduleClock } from './schedule-clock';
import { demoOffsetMs } from './demo-offset';
import { calendar } from './ical';
import { effectiveTimes, sessionState } from './session-state';
import { invalid, notFound } from '../../common/common.exception';

/** A new fair as the bootstrap command gives it: names, its days (inclusive) and its time zone. */
export interface NewFair {
  slug: string;
  nameId: string;
  nameEn: string;
  startsOn: string;
  endsOn: string;
  timeZone: string;
}

/** Every date from `from` to `to` inclusive, as YYYY-MM-DD (calendar days, no time zone involved). */
function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (
    let d = new Date(`${from}T00:00:00Z`);
    d <= new Date(`${to}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1)
  )
    dates.push(d.toISOString().slice(0, 10));
  return dates;
}

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
          before: { chatRegisteredOnly: event.chatRegisteredOnly },
          after: settings,
        },
        tx,
      );
      return { chatRegisteredOnly: settings.chatRegisteredOnly };
    });
  }

  /**
   * A fair with one day per date (titled "Hari n" / "Day n"), ready for the organiser to add its sessions
   * in the schedule console. Refuses a slug that is taken.
   */
  createFair(fair: NewFair): Promise<FairEvent> {
    return this.uow
      .run(async (tx) => {
        if (await tx.manager.exists(EventEntity, { where: { slug: fair.slug } }))
          throw invalid('slug', `an event with the slug "${fair.slug}" exists already`);
        const event = await tx.manager.save(tx.manager.create(EventEntity, fair));
        const days = datesBetween(fair.startsOn, fair.endsOn);
        await tx.manager.insert(
          EventDayEntity,
          days.map((date, i) => ({
            eventId: event.id,
            date,
            titleId: `Hari ${i + 1}`,
            titleEn: `Day ${i + 1}`,
          })),
        );
        await this.audit.record(
          null,
          {
            action: 'event.create',
            entityType: 'event',
            entityId: event.id,
            after: { ...fair, days: days.length },
          },
          tx,
        );
        return event.id;
      })
      .then((id) => this.getById(id));
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
      hallOpen: sessions.some((s) => s.kind === 'hall' && s.state === 'live'),
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
