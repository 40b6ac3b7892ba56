import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  boothSlotPosition,
  BoothSummary,
  type BoothDetail,
  type BoothQuery,
  type Category,
  type List,
} from '@pameran/contracts';
import { EntityManager, Repository } from 'typeorm';
import { page } from '../../common/pagination';
import { UnitOfWork, type Tx } from '../../domain';
import { EventsService } from '../events/events.service';
import { PresenceService } from '../presence/presence.service';
import { BoothEntity } from './booth.entity';
import { toBoothSummary, toProduct } from './booth.mapper';
import { BoothDirectoryReadModel } from './read-models/booth-directory.read-model';
import { ExhibitorException } from '../exhibitors/exhibitors.exception';
import { notFound } from '../../common/common.exception';

/** What placing a booth needs to know of the exhibitor it is for. */
export interface BoothOwner {
  id: string;
  eventId: string;
  category: Category;
}

@Injectable()
export class BoothsService {
  private readonly logger = new Logger(BoothsService.name);

  constructor(
    @InjectRepository(BoothEntity) private readonly booths: Repository<BoothEntity>,
    private readonly directory: BoothDirectoryReadModel,
    private readonly events: EventsService,
    private readonly presence: PresenceService,
    private readonly uow: UnitOfWork,
  ) {}

  /**
   * Publish `booth.changed` with what the hall shows of this booth, after a change to it committed (the
   * hall pushes it to every open hall of the event). A failure is logged: the change is saved, and open
   * halls see it on their next load.
   */
  async publishChanged(eventId: string, boothId: string): Promise<void> {
    try {
      const booth = BoothSummary.parse(await this.get(boothId));
      await this.uow.publish('booth.changed', { eventId, booth });
    } catch (err) {
      this.logger.warn({ err: (err as Error).message, boothId }, 'booth.changed not published');
    }
  }

  /** Booths of an event, by zone then slot; `q` matches the pesantren's name or region. */
  async list(slug: string, query: BoothQuery): Promise<List<BoothSummary>> {
    const event = await this.events.findEntity(slug);
    const { rows, total, offset } = await this.directory.list(event.id, query);
    const live = await this.presence.counts(event.id);
    return page(
      rows.map((r) => toBoothSummary(r, live[r.id] ?? 0)),
      total,
      offset,
    );
  }

  async get(id: string): Promise<BoothDetail> {
    const row = await this.directory.get(id);
    if (!row) throw notFound('Booth');
    const products = await this.directory.products(id);
    return {
      ...toBoothSummary(row, await this.presence.count(row.event_id, row.id)),
      description: { id: row.description_id, en: row.description_en || row.description_id },
      whatsappNumber: row.whatsapp_number,
      contactName: row.contact_name,
      products: products.map(toProduct),
    };
  }

  /** The booth of an exhibitor, if it has one (only approved exhibitors do). */
  async idOfExhibitor(exhibitorId: string): Promise<string | null> {
    const booth = await this.booths.findOne({ where: { exhibitorId }, select: { id: true } });
    return booth?.id ?? null;
  }

  /** Every booth of an event. */
  async idsOfEvent(eventId: string): Promise<string[]> {
    const rows = await this.booths.find({ where: { eventId }, select: { id: true } });
    return rows.map((b) => b.id);
  }

  /** Booths per zone of an event (what is left of each zone is ZONE_CAPACITY minus this). */
  async perZone(eventId: string): Promise<Map<string, number>> {
    const used = await this.booths.query<{ zone: string; count: string }[]>(
      'SELECT zone, count(*) AS count FROM booth WHERE event_id = $1 GROUP BY zone',
      [eventId],
    );
    return new Map(used.map((u) => [u.zone, Number(u.count)]));
  }

  /** Lock the booth's row for the rest of the caller's transaction (serialises changes to its contents). */
  async lockForUpdate(boothId: string, m: EntityManager): Promise<void> {
    await m.query('SELECT id FROM booth WHERE id = $1 FOR UPDATE', [boothId]);
  }

  /**
   * Create the exhibitor's booth in the first free slot of its category's zone, inside the caller's
   * transaction (placements in one zone are serialised, so two never take the same slot).
   */
  async place(owner: BoothOwner, tx: Tx): Promise<BoothEntity> {
    const m = tx.manager;
    await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`zone:${owner.eventId}:${owner.category}`]);
    const slot = await this.freeSlot(m, owner.eventId, owner.category);
    const position = boothSlotPosition(owner.category, slot);
    return m.save(
      m.create(BoothEntity, {
        eventId: owner.eventId,
        exhibitorId: owner.id,
        zone: owner.category,
        slot,
        positionX: position.x,
        positionZ: position.z,
      }),
    );
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
    // The fair's hall size: booths per zone, at most what the hall's geometry holds (ZONE_CAPACITY).
    const capacity = await this.events.zoneCapacity(eventId, m);
    if (slot >= capacity) {
      throw new ExhibitorException('zone_full', `The ${zone} zone is full (${capacity} booths)`);
    }
    return slot;
  }
}
