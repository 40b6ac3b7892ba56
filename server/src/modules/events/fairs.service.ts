import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  EVENT_TRANSITIONS,
  PUBLIC_EVENT_STATUSES,
  type EventStatus,
  type FairList,
  type FairSettings,
  type UpdateFairRequest,
} from '@pameran/contracts';
import { In, Repository } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { invalid } from '../../common/common.exception';
import { UnitOfWork, type Tx } from '../../domain';
import { AuditService } from '../audit/audit.service';
import { EventDayEntity, EventEntity, ScheduleSessionEntity } from './event.entity';
import { EventException } from './events.exception';
import { fairBySlug } from './fair-lookup';
import { datesBetween, dayTitle, fairBounds } from './fair-days';
import { FairOrganisersService } from './fair-organisers.service';

/** A new fair: names, its days (inclusive), its zone and the e-mails of its first organisers. */
export interface NewFair {
  slug: string;
  nameId: string;
  nameEn: string;
  startsOn: string;
  endsOn: string;
  timeZone: string;
  organisers: string[];
}

/** An event row as the lists show it. */
const listed = (e: EventEntity) => ({
  slug: e.slug,
  name: { id: e.nameId, en: e.nameEn },
  startsOn: e.startsOn,
  endsOn: e.endsOn,
  timeZone: e.timeZone,
  status: e.status,
});

/**
 * Fairs as first-class records (docs/decisions/0026-fair-lifecycle.md): the platform admin creates one in
 * `draft` and names its organisers; they edit it and move it through its life (`EVENT_TRANSITIONS`).
 * Every change is audited with the fair's id and announced as `event.changed` after it commits.
 */
@Injectable()
export class FairsService {
  constructor(
    @InjectRepository(EventEntity) private readonly events: Repository<EventEntity>,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly organisers: FairOrganisersService,
  ) {}

  /** The fairs the public may know of (published and after), newest first. */
  async publicList(): Promise<FairList> {
    const rows = await this.events.find({
      where: { status: In([...PUBLIC_EVENT_STATUSES]) },
      order: { startsOn: 'DESC', createdAt: 'DESC' },
    });
    return { items: rows.map(listed) };
  }

  /** Every fair whatever its status, newest first (the platform admin's list). */
  async all(): Promise<FairList> {
    const rows = await this.events.find({ order: { startsOn: 'DESC', createdAt: 'DESC' } });
    return { items: rows.map(listed) };
  }

  /**
   * A fair in `draft` with one day per date (titled "Hari n" / "Day n") and its organisers (existing accounts,
   * by e-mail; an unknown one is refused naming its field). Refuses a slug that is taken.
   */
  async create(actor: Caller | null, fair: NewFair): Promise<FairSettings> {
    const { organisers, ...fields } = fair;
    // Read before the unit starts: the embedded database has one connection, which the unit holds.
    const accounts = await this.organisers.accounts(organisers, 'organisers');
    return this.uow
      .run(async (t) => {
        if (await t.manager.exists(EventEntity, { where: { slug: fair.slug } }))
          throw invalid('slug', `an event with the slug "${fair.slug}" exists already`);
        const event = await t.manager.save(t.manager.create(EventEntity, { ...fields, status: 'draft' }));
        const days = datesBetween(fair.startsOn, fair.endsOn);
        await t.manager.insert(
          EventDayEntity,
          days.map((date, i) => ({ eventId: event.id, date, ...dayTitle(i + 1) })),
        );
        await this.organisers.grantAll(event.id, accounts, t);
        await this.audit.record(
          actor,
          {
            action: 'event.create',
            entityType: 'event',
            entityId: event.id,
            eventId: event.id,
            after: { ...fields, days: days.length, organisers: accounts.map((a) => a.id) },
          },
          t,
        );
        t.publish('event.changed', { eventId: event.id, status: event.status });
        return event.slug;
      })
      .then((slug) => this.settings(slug));
  }

  async settings(slug: string): Promise<FairSettings> {
    return toSettings(await fairBySlug(this.events.manager, slug));
  }

  /**
   * An organiser's change to names, descriptions, dates, zone, categories, hall size and matching settings.
   * New dates regenerate the days only when every session still falls within them (else `dates_in_use`):
   * days that remain keep their titles, new ones are titled by their place.
   */
  async update(actor: Caller, slug: string, dto: UpdateFairRequest): Promise<FairSettings> {
    await this.uow.run(async (tx) => {
      const event = await fairBySlug(tx.manager, slug, true);
      const before = toSettings(event);
      const { matchingSettings, ...fields } = dto;
      Object.assign(event, fields);
      if (matchingSettings) event.matchingSettings = { ...event.matchingSettings, ...matchingSettings };
      if (event.endsOn < event.startsOn)
        throw invalid(dto.endsOn ? 'endsOn' : 'startsOn', 'the fair must not end before it starts');
      if (dto.startsOn || dto.endsOn || dto.timeZone) await this.redoDays(event, tx);
      await tx.manager.save(event);
      await this.audit.record(
        actor,
        {
          action: 'event.update',
          entityType: 'event',
          entityId: event.id,
          eventId: event.id,
          before,
          after: toSettings(event),
        },
        tx,
      );
      tx.publish('event.changed', { eventId: event.id, status: event.status });
    });
    return this.settings(slug);
  }

  /** Move the fair along its life; a move `EVENT_TRANSITIONS` does not allow is `illegal_status_change`. */
  async changeStatus(actor: Caller, slug: string, to: EventStatus): Promise<FairSettings> {
    await this.uow.run(async (tx) => {
      const event = await fairBySlug(tx.manager, slug, true);
      const from = event.status;
      if (!EVENT_TRANSITIONS[from].includes(to))
        throw new EventException('illegal_status_change', `A fair cannot move from ${from} to ${to}`, [
          { path: 'to', message: `allowed from ${from}: ${EVENT_TRANSITIONS[from].join(', ') || 'none'}` },
        ]);
      await tx.manager.update(EventEntity, { id: event.id }, { status: to });
      await this.audit.record(
        actor,
        {
          action: 'event.status',
          entityType: 'event',
          entityId: event.id,
          eventId: event.id,
          before: { status: from },
          after: { status: to },
        },
        tx,
      );
      tx.publish('event.changed', { eventId: event.id, status: to });
    });
    return this.settings(slug);
  }

  /** Days for the fair's new dates; refused while a session would fall outside them. */
  private async redoDays(event: EventEntity, tx: Tx): Promise<void> {
    const m = tx.manager;
    const { first, last } = fairBounds(event);
    const outside = await m
      .createQueryBuilder(ScheduleSessionEntity, 's')
      .where('s.event_id = :id', { id: event.id })
      .andWhere('(s.starts_at < :first OR s.ends_at > :last)', { first, last })
      .getCount();
    if (outside > 0)
      throw new EventException(
        'dates_in_use',
        `${outside} session(s) fall outside ${event.startsOn} – ${event.endsOn}; move or delete them first`,
        [{ path: 'startsOn', message: 'sessions fall outside the new dates' }],
      );
    const dates = datesBetween(event.startsOn, event.endsOn);
    const kept = await m.find(EventDayEntity, { where: { eventId: event.id } });
    const gone = kept.filter((d) => !dates.includes(d.date));
    if (gone.length) await m.delete(EventDayEntity, { id: In(gone.map((d) => d.id)) });
    const have = new Set(kept.map((d) => d.date));
    const added = dates.flatMap((date, i) =>
      have.has(date) ? [] : [{ eventId: event.id, date, ...dayTitle(i + 1) }],
    );
    if (added.length) await m.insert(EventDayEntity, added);
  }
}

export function toSettings(e: EventEntity): FairSettings {
  return {
    slug: e.slug,
    status: e.status,
    moves: [...EVENT_TRANSITIONS[e.status]],
    name: { id: e.nameId, en: e.nameEn },
    description: { id: e.descriptionId, en: e.descriptionEn },
    startsOn: e.startsOn,
    endsOn: e.endsOn,
    timeZone: e.timeZone,
    categories: e.categories,
    zoneCapacity: e.zoneCapacity,
    matchingSettings: e.matchingSettings,
  };
}
