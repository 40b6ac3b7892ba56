import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface AccessRow {
  booth_id: string;
  exhibitor_id: string;
  event_id: string;
  owner_user_id: string | null;
  user_exhibitor_id: string | null;
  user_role: string | null;
}

/**
 * A booth with its owner, and the caller's exhibitor and role, in one read (for the access check on every
 * back office request). Reads booths' `booth`, exhibitors' `exhibitor`, users' `app_user` and, to find a
 * product's booth, catalogue's `product` tables.
 */
@Injectable()
export class BoothAccessReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  byBooth(boothId: string, userId: string): Promise<AccessRow | undefined> {
    return this.row('b.id = $1', boothId, userId);
  }

  byProduct(productId: string, userId: string): Promise<AccessRow | undefined> {
    return this.row('b.id = (SELECT booth_id FROM product WHERE id = $1)', productId, userId);
  }

  private async row(where: string, id: string, userId: string): Promise<AccessRow | undefined> {
    const [row] = await this.db.query<AccessRow[]>(
      `SELECT b.id AS booth_id, b.exhibitor_id, b.event_id, e.owner_user_id,
              u.exhibitor_id AS user_exhibitor_id, u.role AS user_role
       FROM booth b JOIN exhibitor e ON e.id = b.exhibitor_id LEFT JOIN app_user u ON u.id = $2
       WHERE ${where}`,
      [id, userId],
    );
    return row;
  }
}
