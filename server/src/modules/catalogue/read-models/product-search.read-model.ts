import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { List, ProductQuery, ProductWithBooth } from '@pameran/contracts';
import { DataSource } from 'typeorm';
import { decodeCursor, likeEscape, page } from '../../../common/pagination';
import { PRODUCT_COLUMNS, ProductRow, toProduct } from '../../booths/booth.mapper';
import { PRODUCT_SEARCH_EXPR } from '../product.entity';

type SearchRow = ProductRow & { booth_name: string; region: string; total: string };

/**
 * Product search across the fair. Reads the booths module's `booth`, the exhibitors module's `exhibitor`
 * (the seller's name, region and WhatsApp number) and the events module's `event` (by slug) tables.
 */
@Injectable()
export class ProductSearchReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Over both languages' names and descriptions (trigram index on the search expression), filtered by
   * category, halal and export readiness; name matches rank first.
   */
  async find(query: ProductQuery): Promise<List<ProductWithBooth>> {
    const offset = decodeCursor(query.cursor);
    const params: unknown[] = [];
    const where = ['NOT p.hidden'];
    const add = (sql: (n: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (query.event) add((n) => `b.event_id = (SELECT id FROM event WHERE slug = ${n})`, query.event);
    if (query.boothId) add((n) => `p.booth_id = ${n}`, query.boothId);
    if (query.category) add((n) => `p.category = ${n}`, query.category);
    if (query.halal !== undefined)
      where.push(query.halal ? 'p.halal_number IS NOT NULL' : 'p.halal_number IS NULL');
    if (query.exportReady !== undefined) add((n) => `p.export_ready = ${n}`, query.exportReady);
    let rank = '';
    if (query.q) {
      add(
        (n) =>
          `${PRODUCT_SEARCH_EXPR.replace(/(name_id|name_en|description_id|description_en)/g, 'p.$1')} LIKE ${n}`,
        `%${likeEscape(query.q.toLowerCase())}%`,
      );
      rank = `CASE WHEN lower(p.name_id) LIKE $${params.length} OR lower(p.name_en) LIKE $${params.length} THEN 0 ELSE 1 END, `;
    }
    const from = `FROM product p JOIN booth b ON b.id = p.booth_id JOIN exhibitor e ON e.id = b.exhibitor_id WHERE ${where.join(' AND ')}`;
    // One statement: the window count gives the total before LIMIT (an empty page falls back to a count).
    const rows = await this.db.query<SearchRow[]>(
      `SELECT ${PRODUCT_COLUMNS}, e.name AS booth_name, e.region, count(*) OVER () AS total ${from}
       ORDER BY ${rank}p.name_id, p.id LIMIT ${query.limit} OFFSET ${offset}`,
      params,
    );
    const total = rows.length
      ? Number(rows[0].total)
      : offset === 0
        ? 0
        : Number(
            (await this.db.query<{ total: string }[]>(`SELECT count(*) AS total ${from}`, params))[0].total,
          );
    const items = rows.map((r) => ({ ...toProduct(r), boothName: r.booth_name, region: r.region }));
    return page(items, total, offset);
  }
}
