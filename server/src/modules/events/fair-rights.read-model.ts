import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * An exhibitor's owner and booth, for telling a team member where they stand in a fair. Reads exhibitors'
 * `exhibitor` and booths' `booth` tables; never writes.
 */
@Injectable()
export class FairRightsReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async teamOf(exhibitorId: string): Promise<{ ownerUserId: string | null; boothId: string | null } | null> {
    const [row] = await this.db.query<{ owner_user_id: string | null; booth_id: string | null }[]>(
      `SELECT e.owner_user_id, b.id AS booth_id
       FROM exhibitor e LEFT JOIN booth b ON b.exhibitor_id = e.id
       WHERE e.id = $1`,
      [exhibitorId],
    );
    return row ? { ownerUserId: row.owner_user_id, boothId: row.booth_id } : null;
  }
}
