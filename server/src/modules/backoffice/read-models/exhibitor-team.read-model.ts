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
 * Exhibitors and their teams: an exhibitor with its booth once it has one, and its members (the people
 * holding its staff membership, owner included). Reads exhibitors' `exhibitor`, booths' `booth`, users'
 * `app_user` and memberships' `membership` tables.
 */
@Injectable()
export class ExhibitorTeamReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async of(exhibitorId: string): Promise<MeRow | undefined> {
    const [r] = await this.db.query<MeRow[]>(
      `SELECT e.id, e.name, e.region, e.category, e.contact_name, e.whatsapp_number, e.description_id,
              e.description_en, e.status, e.status_reason, e.owner_user_id, b.id AS booth_id
       FROM exhibitor e LEFT JOIN booth b ON b.exhibitor_id = e.id
       WHERE e.id = $1`,
      [exhibitorId],
    );
    return r;
  }

  /** The members of an exhibitor's team (owner and staff), oldest account first. */
  members(exhibitorId: string): Promise<{ id: string; display_name: string; email: string | null }[]> {
    return this.db.query(
      `SELECT u.id, u.display_name, u.email FROM membership m JOIN app_user u ON u.id = m.user_id
       WHERE m.exhibitor_id = $1 AND m.role = 'exhibitor' AND u.deleted_at IS NULL ORDER BY u.created_at`,
      [exhibitorId],
    );
  }
}
