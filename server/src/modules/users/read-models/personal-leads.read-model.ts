import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** A lead as its subject sees it in their data export. */
export interface PersonalLead {
  kind: string;
  boothId: string;
  productId: string | null;
  at: Date;
  endedAt: Date | null;
}

/**
 * The leads recorded about one person, for their data export. Reads the leads module's `lead` table
 * (leads depend on users, so users cannot call the leads module without a cycle). Never writes.
 */
@Injectable()
export class PersonalLeadsReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  of(userId: string): Promise<PersonalLead[]> {
    return this.db.query<PersonalLead[]>(
      `SELECT kind, booth_id AS "boothId", product_id AS "productId", created_at AS "at", ended_at AS "endedAt"
       FROM lead WHERE user_id = $1 ORDER BY created_at ASC`,
      [userId],
    );
  }
}
