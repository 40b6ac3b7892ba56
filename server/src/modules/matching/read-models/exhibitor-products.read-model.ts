import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ShortlistItem } from '@pameran/contracts';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Products as matching and deals check and list them: reads the catalogue module's `product` and the booths
 * module's `booth` (with matching's own `shortlist_item`). Never writes. Takes the caller's `EntityManager`
 * inside a transaction (see MatchingPeople for why).
 */
@Injectable()
export class ExhibitorProducts {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Which of these product ids belong to the exhibitor's booth. */
  async owned(exhibitorId: string, ids: string[], m: EntityManager = this.db.manager): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows: { id: string }[] = await m.query(
      `SELECT p.id FROM product p JOIN booth b ON b.id = p.booth_id
        WHERE p.id = ANY($1) AND b.exhibitor_id = $2`,
      [[...new Set(ids)], exhibitorId],
    );
    return rows.map((r) => r.id);
  }

  /** The exhibitor's booth, if it has one. */
  async boothOf(exhibitorId: string, m: EntityManager = this.db.manager): Promise<string | null> {
    const [row]: { id: string }[] = await m.query('SELECT id FROM booth WHERE exhibitor_id = $1', [
      exhibitorId,
    ]);
    return row?.id ?? null;
  }

  async exists(productId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query('SELECT 1 FROM product WHERE id = $1', [productId]);
    return rows.length > 0;
  }

  /** A buyer's shortlist, newest first, with each product's booth and exhibitor. */
  async shortlist(userId: string): Promise<ShortlistItem[]> {
    const rows: { productId: string; boothId: string; exhibitorId: string; addedAt: Date }[] =
      await this.db.query(
        `SELECT s.product_id AS "productId", p.booth_id AS "boothId", b.exhibitor_id AS "exhibitorId",
                s.added_at AS "addedAt"
           FROM shortlist_item s JOIN product p ON p.id = s.product_id JOIN booth b ON b.id = p.booth_id
          WHERE s.user_id = $1
          ORDER BY s.added_at DESC`,
        [userId],
      );
    return rows.map((r) => ({ ...r, addedAt: r.addedAt.toISOString() }));
  }
}
