import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BoothSummary, type BoothDetail, type BoothQuery, type List } from '@pameran/contracts';
import { DataSource } from 'typeorm';
import { decodeCursor, likeEscape, page } from '../../common/pagination';
import { UnitOfWork } from '../../domain';
import { EventsService } from '../events/events.service';
import { PresenceService } from '../presence/presence.service';
import { BoothRow, PRODUCT_COLUMNS, ProductRow, toBoothSummary, toProduct } from './booth.mapper';
import { notFound } from '../../common/common.exception';

const BOOTH_COLUMNS = `b.id, b.event_id, b.exhibitor_id, e.name, e.region, b.zone, b.position_x, b.position_z, e.colour, e.logo_key,
  (SELECT count(*) FROM product p WHERE p.booth_id = b.id AND NOT p.hidden) AS product_count`;

@Injectable()
export class BoothsService {
  private readonly logger = new Logger(BoothsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
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
    const offset = decodeCursor(query.cursor);
    const where = ['b.event_id = $1'];
    const params: unknown[] = [event.id];
    if (query.category) {
      params.push(query.category);
      where.push(`b.zone = $${params.length}`);
    }
    if (query.q) {
      params.push(`%${likeEscape(query.q.toLowerCase())}%`);
      where.push(`(lower(e.name) LIKE $${params.length} OR e.region LIKE $${params.length})`);
    }
    const from = `FROM booth b JOIN exhibitor e ON e.id = b.exhibitor_id WHERE ${where.join(' AND ')}`;
    const [rows, [{ total }]] = await Promise.all([
      this.db.query<BoothRow[]>(
        `SELECT ${BOOTH_COLUMNS} ${from} ORDER BY b.zone, b.slot LIMIT ${query.limit} OFFSET ${offset}`,
        params,
      ),
      this.db.query<{ total: string }[]>(`SELECT count(*) AS total ${from}`, params),
    ]);
    const live = await this.presence.counts(event.id);
    const items = rows.map((r) => toBoothSummary(r, live[r.id] ?? 0));
    return page(items, Number(total), offset);
  }

  async get(id: string): Promise<BoothDetail> {
    const [row] = await this.db.query<
      (BoothRow & {
        description_id: string;
        description_en: string;
        whatsapp_number: string;
        contact_name: string;
      })[]
    >(
      `SELECT ${BOOTH_COLUMNS}, e.description_id, e.description_en, e.whatsapp_number, e.contact_name
       FROM booth b JOIN exhibitor e ON e.id = b.exhibitor_id WHERE b.id = $1`,
      [id],
    );
    if (!row) throw notFound('Booth');
    const products = await this.db.query<ProductRow[]>(
      `SELECT ${PRODUCT_COLUMNS} FROM product p JOIN booth b ON b.id = p.booth_id JOIN exhibitor e ON e.id = b.exhibitor_id
       WHERE p.booth_id = $1 AND NOT p.hidden ORDER BY p.sort_order, p.name_id`,
      [id],
    );
    return {
      ...toBoothSummary(row, await this.presence.count(row.event_id, row.id)),
      description: { id: row.description_id, en: row.description_en || row.description_id },
      whatsappNumber: row.whatsapp_number,
      contactName: row.contact_name,
      products: products.map(toProduct),
    };
  }
}
