import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface AccessRow {
  booth_id: string;
  exhibitor_id: string;
  event_id: string;
  owner_user_id: string | null;
}

/**
 * A booth with its fair and owner in one read (for the access check on every back office request; what the
 * caller is in that fair comes from their memberships). Reads booths' `booth`, exhibitors' `exhibitor` and,
 * to find a product's booth, catalogue's `product` tables.
 */
@Injectable()
export class BoothAccessReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  byBooth(boothId: string): Promise<AccessRow | undefined> {
    return this.row('b.id = $1', boothId);
  }

  byProduct(productId: string): Promise<AccessRow | undefined> {
    return this.row('b.id = (SELECT booth_id FROM product WHERE id = $1)', productId);
  }

  private async row(where: string, id: string): Promise<AccessRow | undefined> {
    const [row] = await this.db.query<AccessRow[]>(
      `SELECT b.id AS booth_id, b.exhibitor_id, b.event_id, e.owner_user_id
       FROM booth b JOIN exhibitor e ON e.id = b.exhibitor_id
       WHERE ${where}`,
      [id],
    );
    return row;
  }
}
