import { Injectable } from '@nestjs/common';
import type { CloneFairRequest, FairSettings } from '@pameran/contracts';
import type { Caller } from '../../common/auth.decorators';
import { invalid } from '../../common/common.exception';
import { UnitOfWork } from '../../domain';
import { AuditService } from '../audit/audit.service';
import { MembershipService } from '../memberships';
import { EventDayEntity, EventEntity, ScheduleSessionEntity } from './event.entity';
import { addDays, daysFrom } from './fair-days';
import { fairBySlug } from './fair-lookup';
import { FairOrganisersService } from './fair-organisers.service';
import { FairsService } from './fairs.service';

const DAY_MS = 86_400_000;

/**
 * Year over year: a new `draft` fair with the source's structure (docs/decisions/0026-fair-lifecycle.md) —
 * descriptions, zone, categories, hall size, hall and matching settings, its days and its programme's shape
 * (the same sessions at the same times of day, moved to the new dates, none started or cancelled), and its
 * organisers. Nothing of people: no exhibitors, booths, products, meetings, chats or leads. One transaction.
 */
@Injectable()
export class FairCloneService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly memberships: MembershipService,
    private readonly organisers: FairOrganisersService,
    private readonly fairs: FairsService,
  ) {}

  async clone(actor: Caller, sourceSlug: string, dto: CloneFairRequest): Promise<FairSettings> {
    await this.uow.run(async (tx) => {
      const m = tx.manager;
      const source = await fairBySlug(m, sourceSlug);
      if (await m.exists(EventEntity, { where: { slug: dto.slug } }))
        throw invalid('slug', `an event with the slug "${dto.slug}" exists already`);
      const shift = daysFrom(source.startsOn, dto.startsOn);
      const event = await m.save(
        m.create(EventEntity, {
          slug: dto.slug,
          status: 'draft',
          nameId: dto.nameId,
          nameEn: dto.nameEn,
          descriptionId: source.descriptionId,
          descriptionEn: source.descriptionEn,
          timeZone: source.timeZone,
          chatRegisteredOnly: source.chatRegisteredOnly,
          matchingSettings: source.matchingSettings,
          categories: source.categories,
          zoneCapacity: source.zoneCapacity,
          startsOn: dto.startsOn,
          endsOn: addDays(source.endsOn, shift),
        }),
      );
      const days = await m.find(EventDayEntity, { where: { eventId: source.id }, order: { date: 'ASC' } });
      const dayIds = new Map<string, string>();
      for (const d of days) {
        const copy = await m.save(
          m.create(EventDayEntity, {
            eventId: event.id,
            date: addDays(d.date, shift),
            titleId: d.titleId,
            titleEn: d.titleEn,
          }),
        );
        dayIds.set(d.id, copy.id);
      }
      // The planned times only: overrides and cancellations belong to the source's run, not its shape.
      const sessions = await m.find(ScheduleSessionEntity, { where: { eventId: source.id } });
      const shape = sessions.filter((s) => s.cancelledAt === null);
      if (shape.length)
        await m.insert(
          ScheduleSessionEntity,
          shape.map((s) => ({
            eventId: event.id,
            dayId: dayIds.get(s.dayId)!,
            kind: s.kind,
            titleId: s.titleId,
            titleEn: s.titleEn,
            startsAt: new Date(s.startsAt.getTime() + shift * DAY_MS),
            endsAt: new Date(s.endsAt.getTime() + shift * DAY_MS),
          })),
        );
      const organisers = await this.memberships.holders(source.id, 'organiser', tx);
      await this.organisers.grantAll(
        event.id,
        organisers.map((id) => ({ id })),
        tx,
      );
      await this.audit.record(
        actor,
        {
          action: 'event.clone',
          entityType: 'event',
          entityId: event.id,
          eventId: event.id,
          after: { from: source.id, slug: dto.slug, days: days.length, sessions: shape.length },
        },
        tx,
      );
      tx.publish('event.changed', { eventId: event.id, status: event.status });
      tx.publish('event.cloned', { eventId: event.id, fromEventId: source.id });
    });
    return this.fairs.settings(dto.slug);
  }
}
