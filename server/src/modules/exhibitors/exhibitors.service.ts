import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  boothSlotPosition,
  CATEGORY_COLOURS,
  type BulkDecision,
  type BulkDecisionResult,
  ZONE_CAPACITY,
  type Exhibitor,
  type ExhibitorAdminQuery,
  type List,
} from '@pameran/contracts';
import type { z } from 'zod';
import type { ErrorCode, ExhibitorApplication } from '@pameran/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { DomainException } from '../../common/domain.exception';
import { decodeCursor, likeEscape, page } from '../../common/pagination';
import { AuditService } from '../audit/audit.service';
import { BoothEntity } from '../booths/booth.entity';
import { BoothsService } from '../booths/booths.service';
import { EventsService } from '../events/events.service';
import { UserEntity } from '../users/user.entity';
import { ExhibitorEntity } from './exhibitor.entity';
import { ExhibitorException } from './exhibitors.exception';
import { notFound } from '../../common/common.exception';

type Application = z.output<typeof ExhibitorApplication>;

export function toExhibitorDto(e: ExhibitorEntity, boothId: string | null): Exhibitor {
  return {
    id: e.id,
    eventId: e.eventId,
    name: e.name,
    region: e.region,
    contactName: e.contactName,
    whatsappNumber: e.whatsappNumber,
    category: e.category,
    description: { id: e.descriptionId, en: e.descriptionEn },
    status: e.status,
    statusReason: e.statusReason,
    boothId,
    createdAt: e.createdAt.toISOString(),
  };
}

/** The audition: pesantren apply; organisers approve (which places a booth) or reject with a reason. */
@Injectable()
export class ExhibitorsService {
  private readonly logger = new Logger(ExhibitorsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventsService,
    private readonly audit: AuditService,
    private readonly booths: BoothsService,
  ) {}

  async apply(caller: Caller, dto: Application): Promise<Exhibitor> {
    const event = await this.events.findEntity(dto.eventSlug);
    return this.db.transaction(async (m) => {
      const user = await m.findOne(UserEntity, {
        where: { id: caller.sub },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) throw notFound('User');
      if (user.exhibitorId) {
        throw new ExhibitorException('already_exhibitor', 'This account already belongs to an exhibitor');
      }
      const exhibitor = await m.save(
        m.create(ExhibitorEntity, {
          eventId: event.id,
          ownerUserId: user.id,
          name: dto.name,
          region: dto.region,
          contactName: dto.contactName,
          whatsappNumber: dto.whatsappNumber,
          category: dto.category,
          descriptionId: dto.description.id,
          descriptionEn: dto.description.en,
          colour: CATEGORY_COLOURS[dto.category],
          status: 'applied',
        }),
      );
      await m.update(UserEntity, { id: user.id }, { exhibitorId: exhibitor.id });
      return toExhibitorDto(exhibitor, null);
    });
  }

  async mine(caller: Caller): Promise<Exhibitor> {
    const user = await this.db.getRepository(UserEntity).findOne({ where: { id: caller.sub } });
    if (!user?.exhibitorId) throw notFound('Your exhibitor application');
    return this.get(user.exhibitorId);
  }

  async get(id: string): Promise<Exhibitor> {
    const e = await this.db.getRepository(ExhibitorEntity).findOne({ where: { id } });
    if (!e) throw notFound('Exhibitor');
    const booth = await this.db
      .getRepository(BoothEntity)
      .findOne({ where: { exhibitorId: id }, select: { id: true } });
    return toExhibitorDto(e, booth?.id ?? null);
  }

  async list(query: ExhibitorAdminQuery): Promise<List<Exhibitor>> {
    const offset = decodeCursor(query.cursor);
    const qb = this.db
      .getRepository(ExhibitorEntity)
      .createQueryBuilder('e')
      .leftJoin(BoothEntity, 'b', 'b.exhibitor_id = e.id')
      .addSelect('b.id', 'booth_id');
    if (query.event)
      qb.andWhere('e.event_id = (SELECT id FROM event WHERE slug = :slug)', { slug: query.event });
    if (query.status) qb.andWhere('e.status = :status', { status: query.status });
    if (query.region) qb.andWhere('e.region = :region', { region: query.region });
    if (query.category) qb.andWhere('e.category = :category', { category: query.category });
    if (query.q) qb.andWhere('lower(e.name) LIKE :q', { q: `%${likeEscape(query.q.toLowerCase())}%` });
    const total = await qb.getCount();
    const { entities, raw } = await qb
      .orderBy('e.created_at', 'DESC')
      .addOrderBy('e.id')
      .offset(offset)
      .limit(query.limit)
      .getRawAndEntities();
    const items = entities.map((e, i) => toExhibitorDto(e, (raw[i] as { booth_id: string | null }).booth_id));
    return page(items, total, offset);
  }

  /** Approve and place the booth in the first free slot of its category's zone; open halls see it at once. */
  async approve(actor: Caller, id: string): Promise<Exhibitor> {
    const after = await this.db.transaction(async (m) => {
      const e = await this.lockForDecision(m, id);
      const before = toExhibitorDto(e, null);
      const booth = await this.placeBooth(m, e);
      await m.update(ExhibitorEntity, { id }, { status: 'approved', statusReason: null });
      const after = toExhibitorDto({ ...e, status: 'approved', statusReason: null }, booth.id);
      await this.audit.record(
        actor,
        { action: 'exhibitor.approve', entityType: 'exhibitor', entityId: id, before, after },
        m,
      );
      return after;
    });
    await this.booths.publishChanged(after.eventId, after.boothId!);
    return after;
  }

  /** Approve or reject many applications; each one on its own, so one refusal does not undo the rest. */
  async bulk(actor: Caller, dto: BulkDecision): Promise<BulkDecisionResult> {
    const results: BulkDecisionResult['results'] = [];
    for (const id of new Set(dto.ids)) {
      try {
        const exhibitor =
          dto.action === 'approve'
            ? await this.approve(actor, id)
            : await this.reject(actor, id, dto.reason ?? '');
        results.push({ id, ok: true, exhibitor });
      } catch (err) {
        const code: ErrorCode = err instanceof DomainException ? err.code : 'failed';
        results.push({ id, ok: false, error: { code, message: (err as Error).message } });
      }
    }
    return { results };
  }

  /**
   * Create the exhibitor's booth in the first free slot of its category's zone, inside the caller's
   * transaction (placements in one zone are serialised, so two never take the same slot).
   */
  async placeBooth(m: EntityManager, e: ExhibitorEntity): Promise<BoothEntity> {
    await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`zone:${e.eventId}:${e.category}`]);
    const slot = await this.freeSlot(m, e.eventId, e.category);
    const position = boothSlotPosition(e.category, slot);
    return m.save(
      m.create(BoothEntity, {
        eventId: e.eventId,
        exhibitorId: e.id,
        zone: e.category,
        slot,
        positionX: position.x,
        positionZ: position.z,
      }),
    );
  }

  reject(actor: Caller, id: string, reason: string): Promise<Exhibitor> {
    return this.db.transaction(async (m) => {
      const e = await this.lockForDecision(m, id);
      await m.update(ExhibitorEntity, { id }, { status: 'rejected', statusReason: reason });
      const after = toExhibitorDto({ ...e, status: 'rejected', statusReason: reason }, null);
      await this.audit.record(
        actor,
        {
          action: 'exhibitor.reject',
          entityType: 'exhibitor',
          entityId: id,
          before: toExhibitorDto(e, null),
          after,
        },
        m,
      );
      return after;
    });
  }

  private async lockForDecision(m: EntityManager, id: string): Promise<ExhibitorEntity> {
    const e = await m.findOne(ExhibitorEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!e) throw notFound('Exhibitor');
    if (e.status !== 'applied') {
      throw new ExhibitorException('already_decided', `This application is already ${e.status}`);
    }
    return e;
  }

  private async freeSlot(m: EntityManager, eventId: string, zone: string): Promise<number> {
    const taken = await m.query<{ slot: number }[]>(
      'SELECT slot FROM booth WHERE event_id = $1 AND zone = $2 ORDER BY slot',
      [eventId, zone],
    );
    let slot = 0;
    for (const row of taken) {
      if (row.slot !== slot) break;
      slot++;
    }
    if (slot >= ZONE_CAPACITY) {
      throw new ExhibitorException('zone_full', `The ${zone} zone is full (${ZONE_CAPACITY} booths)`);
    }
    return slot;
  }
}
