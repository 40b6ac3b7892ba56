import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@pameran/contracts';
import { DataSource } from 'typeorm';

/** A simulated person of the demo, as a caller of the services. */
export interface CastMember {
  sub: string;
  role: Role;
  name: string;
  guest: false;
  exhibitorId: string | null;
}

/** The e-mail domain of the people the demo seed invents (database/seeds/seed-history.ts). */
const CAST = '%@history.demo.pameran.test';

/**
 * The demo's simulated buyers and exhibitor staff, and what waits for them. Reads the users' `app_user`
 * and matching's `meeting_request` and `meeting` tables; never writes (the simulation acts through the
 * matching services, as people do).
 */
@Injectable()
export class DemoCastReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async cast(role: 'buyer' | 'exhibitor'): Promise<CastMember[]> {
    const rows = await this.db.query<{ id: string; name: string; exhibitor_id: string | null }[]>(
      `SELECT id, display_name AS name, exhibitor_id FROM app_user
        WHERE email LIKE $1 AND role = $2 AND deleted_at IS NULL ORDER BY email`,
      [CAST, role],
    );
    return rows.map((r) => ({ sub: r.id, role, name: r.name, guest: false, exhibitorId: r.exhibitor_id }));
  }

  /** Pending requests to simulated exhibitors, oldest first, with the staff member who answers. */
  pendingForCast(limit: number): Promise<{ id: string; staff: string }[]> {
    return this.db.query(
      `SELECT DISTINCT ON (r.created_at, r.id) r.id, u.id AS staff
         FROM meeting_request r JOIN app_user u ON u.exhibitor_id = r.exhibitor_id AND u.email LIKE $1
        WHERE r.status = 'pending' ORDER BY r.created_at, r.id LIMIT $2`,
      [CAST, limit],
    );
  }

  /** Simulated exhibitors' venue meetings that went live and whose end (stored timeline) has passed. */
  endedForCast(storedNow: number): Promise<{ id: string; staff: string }[]> {
    return this.db.query(
      `SELECT DISTINCT ON (m.id) m.id, u.id AS staff
         FROM meeting m JOIN app_user u ON u.exhibitor_id = m.exhibitor_id AND u.email LIKE $1
        WHERE m.status = 'live' AND m.mode = 'onsite' AND m.ends_at <= $2 ORDER BY m.id`,
      [CAST, new Date(storedNow)],
    );
  }
}
