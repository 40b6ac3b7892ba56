import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Category, ExhibitorStatus } from '@pameran/contracts';
import { DataSource } from 'typeorm';

export interface MeRow {
  id: string;
  name: string;
  region: string;
  category: Category;
  contact_name: string;
  whatsapp_number: string;
  description_id: string;
  description_en: string;
  status: ExhibitorStatus;
  status_reason: string | null;
  owner_user_id: string | null;
  booth_id: string | null;
}

/**
 * Accounts and the exhibitors they belong to (as owner or staff): an account's exhibitor with its booth once
 * it has one, and an exhibitor's team. Reads users' `app_user`, exhibitors' `exhibitor` and booths' `booth`
 * tables.
 */
@Injectable()
export class ExhibitorTeamReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async of(userId: string): Promise<MeRow | undefined> {
    const [r] = await this.db.query<MeRow[]>(
      `SELECT e.id, e.name, e.region, e.category, e.contact_name, e.whatsapp_number, e.description_id,
              e.description_en, e.status, e.status_reason, e.owner_user_id, b.id AS booth_id
       FROM app_user u JOIN exhibitor e ON e.id = u.exhibitor_id LEFT JOIN booth b ON b.exhibitor_id = e.id
       WHERE u.id = $1`,
      [userId],
    );
    return r;
  }

  /** The members of an exhibitor's team (owner and staff), oldest account first. */
  members(exhibitorId: string): Promise<{ id: string; display_name: string; email: string | null }[]> {
    return this.db.query(
      'SELECT id, display_name, email FROM app_user WHERE exhibitor_id = $1 ORDER BY created_at',
      [exhibitorId],
    );
  }
}
