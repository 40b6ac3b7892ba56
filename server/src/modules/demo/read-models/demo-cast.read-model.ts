import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@pameran/contracts';
import { DataSource } from 'typeorm';
import { LIVE_FAIR_ID } from './booth-spots.read-model';

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
 * The demo's simulated buyers and exhibitor staff, and what waits for them. Staff act for their exhibitor
 * in the live fair (their membership there; staff of a pesantren that did not return are left out). Reads
 * the users' `app_user`, memberships' `membership`, the events' `event` and matching's `meeting_request`
 * and `meeting` tables; never writes (the simulation acts through the matching services, as people do).
 */
@Injectable()
export class DemoCastReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async cast(role: 'buyer' | 'exhibitor'): Promise<CastMember[]> {
    const rows = await this.db.query<{ id: string; name: string; exhibitor_id: string | null }[]>(
      `SELECT u.id, u.display_name AS name, ms.exhibitor_id FROM app_user u
         LEFT JOIN membership ms ON ms.user_id = u.id AND ms.role = 'exhibitor' AND ms.event_id = ${LIVE_FAIR_ID}
        WHERE u.email LIKE $1 AND u.role = $2 AND u.deleted_at IS NULL
          AND (u.role <> 'exhibitor' OR ms.exhibitor_id IS NOT NULL) ORDER BY u.email`,
      [CAST, role],
    );
    return rows.map((r) => ({ sub: r.id, role, name: r.name, guest: false, exhibitorId: r.exhibitor_id }));
  }

  /** Pending requests to simulated exhibitors, oldest first, with the staff member who answers. */
  pendingForCast(limit: number): Promise<{ id: string; staff: string }[]> {
    return this.db.query(
      `SELECT DISTINCT ON (r.created_at, r.id) r.id, u.id AS staff
         FROM meeting_request r JOIN membership ms ON ms.exhibitor_id = r.exhibitor_id
         JOIN app_user u ON u.id = ms.user_id AND u.email LIKE $1
        WHERE r.status = 'pending' ORDER BY r.created_at, r.id LIMIT $2`,
      [CAST, limit],
    );
  }

  /** Simulated exhibitors' venue meetings that went live and whose end (stored timeline) has passed. */
  endedForCast(storedNow: number): Promise<{ id: string; staff: string }[]> {
    return this.db.query(
      `SELECT DISTINCT ON (m.id) m.id, u.id AS staff
         FROM meeting m JOIN membership ms ON ms.exhibitor_id = m.exhibitor_id
         JOIN app_user u ON u.id = ms.user_id AND u.email LIKE $1
        WHERE m.status = 'live' AND m.mode = 'onsite' AND m.ends_at <= $2 ORDER BY m.id`,
      [CAST, new Date(storedNow)],
    );
  }
}
