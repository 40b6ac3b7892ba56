import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** A fair whose exhibitors get a morning digest, in the fair's own zone. */
export interface DigestFair {
  id: string;
  timeZone: string;
}

/** One request waiting for an exhibitor's answer, addressed to one of its staff. */
export interface UnansweredRequest {
  staffId: string;
  requestId: string;
  from: string;
  createdAt: Date;
}

/**
 * What the exhibitors' daily digest needs, READING other modules' tables (events' `event`, matching's
 * `meeting_request`, memberships' `membership`, users' `app_user`); it never writes. An exhibitor's staff
 * are its members, so a person staff in several fairs hears of each fair's requests. A request waits for
 * the exhibitor while it is `pending` (a `countered` one waits for the buyer).
 */
@Injectable()
export class UnansweredRequestsReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  fairs(): Promise<DigestFair[]> {
    return this.db.query(`SELECT id, time_zone AS "timeZone" FROM event`);
  }

  /** Every pending request of the fair, once per staff member of its exhibitor, oldest first. */
  forStaff(eventId: string): Promise<UnansweredRequest[]> {
    return this.db.query(
      `SELECT s.id AS "staffId", r.id AS "requestId", b.display_name AS "from", r.created_at AS "createdAt"
         FROM meeting_request r
         JOIN membership ms ON ms.exhibitor_id = r.exhibitor_id AND ms.role = 'exhibitor'
         JOIN app_user s ON s.id = ms.user_id AND s.deleted_at IS NULL
         JOIN app_user b ON b.id = r.requester_id
        WHERE r.event_id = $1 AND r.status = 'pending'
        ORDER BY r.created_at`,
      [eventId],
    );
  }
}
