import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FairEvent, ScheduleSession } from '@pameran/contracts';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { EventEntity, ScheduleSessionEntity } from './event.entity';
import { ScheduleClock } from './schedule-clock';
import { calendar } from './ical';
import { effectiveTimes, sessionState } from './session-state';
import { notFound } from '../../common/common.exception';

const DEMO_LEAD_MS = 60 * 60 * 1000;

@Injectable()
export class EventsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(EventsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: ScheduleClock,
    private readonly config: AppConfig,
  ) {}

  /** DEMO_LIVE: read the schedule shifted so that now is one hour into the first hall session. */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.get('DEMO_LIVE')) return;
    const first = await this.db
      .getRepository(ScheduleSessionEntity)
      .findOne({ where: { kind: 'hall' }, order: { startsAt: 'ASC' } });
    if (!first) return;
    this.clock.setOffset(Date.now() - DEMO_LEAD_MS - first.startsAt.getTime());
    this.logger.log(
      { offsetHours: +(this.clock.offsetMs / 3.6e6).toFixed(2) },
      'demo schedule shifted to now',
    );
  }

  async findEntity(slug: string): Promise<EventEntity> {
    const event = await this.db.getRepository(EventEntity).findOne({ where: { slug } });
    if (!event) throw notFound(`Event "${slug}"`);
    return event;
  }

  get(slug: string): Promise<FairEvent> {
    return this.load({ slug });
  }

  getById(id: string): Promise<FairEvent> {
    return this.load({ id });
  }

  private async load(where: { slug: string } | { id: string }): Promise<FairEvent> {
    const event = await this.db.getRepository(EventEntity).findOne({
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

  async agendaIcs(slug: string): Promise<string> {
    const event = await this.get(slug);
    const sessions = event.days.flatMap((d) => d.sessions);
    return calendar(
      `${event.name.id} / ${event.name.en}`,
      sessions.map((s) => ({
        uid: `${s.id}@pameran`,
        start: new Date(s.startsAt),
        end: new Date(s.endsAt),
        summary: `${s.title.id} / ${s.title.en}`,
        description: `${event.name.en}`,
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
}
