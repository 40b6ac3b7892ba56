import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Category } from '@pameran/contracts';
import { DataSource } from 'typeorm';

export interface AtlasProductSource {
  id: string;
  name: string;
  category: Category;
  imageKey: string | null;
}

/** What one booth's block on an atlas page is drawn from. */
export interface AtlasBoothSource {
  boothId: string;
  slot: number;
  exhibitorId: string;
  name: string;
  colour: string;
  logoKey: string | null;
  /** The first four visible products, in the booth's order. */
  products: AtlasProductSource[];
}

interface Row {
  booth_id: string;
  slot: number;
  exhibitor_id: string;
  name: string;
  colour: string;
  logo_key: string | null;
  products: { id: string; name: string; category: Category; image_key: string | null }[] | null;
}

/**
 * The pictures of a zone's booths, for its atlas page. Reads booths' `booth`, exhibitors' `exhibitor` and
 * catalogue's `product` tables.
 */
@Injectable()
export class AtlasSourcesReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async zone(eventId: string, zone: Category): Promise<AtlasBoothSource[]> {
    const rows = await this.db.query<Row[]>(
      `SELECT b.id AS booth_id, b.slot, b.exhibitor_id, e.name, e.colour, e.logo_key,
         (SELECT json_agg(json_build_object('id', p.id, 'name', p.name_id, 'category', p.category, 'image_key', p.image_key)
                          ORDER BY p.sort_order, p.name_id)
            FROM (SELECT * FROM product WHERE booth_id = b.id AND NOT hidden ORDER BY sort_order, name_id LIMIT 4) p
         ) AS products
       FROM booth b JOIN exhibitor e ON e.id = b.exhibitor_id
       WHERE b.event_id = $1 AND b.zone = $2 ORDER BY b.slot`,
      [eventId, zone],
    );
    return rows.map((r) => ({
      boothId: r.booth_id,
      slot: r.slot,
      exhibitorId: r.exhibitor_id,
      name: r.name,
      colour: r.colour,
      logoKey: r.logo_key,
      products: (r.products ?? []).map((p) => ({
        id: p.id,
        name: p.name,
        category: p.category,
        imageKey: p.image_key,
      })),
    }));
  }

  /** The zones of an event that have booths. */
  async zones(eventId: string): Promise<Category[]> {
    const rows = await this.db.query<{ zone: Category }[]>(
      'SELECT DISTINCT zone FROM booth WHERE event_id = $1 ORDER BY zone',
      [eventId],
    );
    return rows.map((r) => r.zone);
  }
}
