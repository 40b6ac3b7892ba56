import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BoothQuery } from '@pameran/contracts';
import { DataSource } from 'typeorm';
import { decodeCursor, likeEscape } from '../../../common/pagination';
import { BoothRow, PRODUCT_COLUMNS, ProductRow } from '../booth.mapper';

const BOOTH_COLUMNS = `b.id, b.event_id, b.exhibitor_id, e.name, e.region, b.zone, b.position_x, b.position_z, e.colour, e.logo_key,
  (SELECT count(*) FROM product p WHERE p.booth_id = b.id AND NOT p.hidden) AS product_count`;

export type BoothDetailRow = BoothRow & {
  description_id: string;
  description_en: string;
  whatsapp_number: string;
  contact_name: string;
};

/**
 * Booths as visitors see them: what the pesantren is called and looks like, and its visible products.
 * Reads the exhibitors module's `exhibitor` and the catalogue module's `product` tables.
 */
@Injectable()
export class BoothDirectoryReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Booths of an event, by zone then slot; `q` matches the pesantren's name or region. */
  async list(
    eventId: string,
    query: BoothQuery,
  ): Promise<{ rows: BoothRow[]; total: number; offset: number }> {
    const offset = decodeCursor(query.cursor);
    const where = ['b.event_id = $1'];
    const params: unknown[] = [eventId];
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
    return { rows, total: Number(total), offset };
  }

  async get(id: string): Promise<BoothDetailRow | undefined> {
    const [row] = await this.db.query<BoothDetailRow[]>(
      `SELECT ${BOOTH_COLUMNS}, e.description_id, e.description_en, e.whatsapp_number, e.contact_name
       FROM booth b JOIN exhibitor e ON e.id = b.exhibitor_id WHERE b.id = $1`,
      [id],
    );
    return row;
  }

  /** The booth's visible products in the booth's order. */
  products(id: string): Promise<ProductRow[]> {
    return this.db.query<ProductRow[]>(
      `SELECT ${PRODUCT_COLUMNS} FROM product p JOIN booth b ON b.id = p.booth_id JOIN exhibitor e ON e.id = b.exhibitor_id
       WHERE p.booth_id = $1 AND NOT p.hidden ORDER BY p.sort_order, p.name_id`,
      [id],
    );
  }
}
