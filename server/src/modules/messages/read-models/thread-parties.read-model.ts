import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ThreadSubjectKind } from '@pameran/contracts';
import { DataSource, EntityManager } from 'typeorm';

/** Who may read and write a thread, as its subject says right now. */
export interface ThreadParties {
  eventId: string;
  exhibitorId: string;
  exhibitorName: string;
  /** The buyer side: a request's requester and accepted attendees, a meeting's buyers, a deal's buyer. */
  buyerIds: string[];
  buyerName: string;
  /** Everyone who acts for the exhibitor (owner and staff). */
  staffIds: string[];
}

/*
 * The buyer side and exhibitor of each kind of subject. Each query returns `event_id`, `exhibitor_id` and
 * `buyer_ids` (the first is the one the thread is named after).
 */
const SUBJECT_SQL: Record<ThreadSubjectKind, string> = {
  request: `SELECT event_id, exhibitor_id, ARRAY[requester_id] || attendee_ids AS buyer_ids
              FROM meeting_request WHERE id = $1`,
  meeting: `SELECT m.event_id, m.exhibitor_id,
                   ARRAY(SELECT p.user_id FROM meeting_participant p
                          WHERE p.meeting_id = m.id AND p.side = 'buyer'
                          ORDER BY p.user_id = r.requester_id DESC, p.user_id) AS buyer_ids
              FROM meeting m JOIN meeting_request r ON r.id = m.request_id WHERE m.id = $1`,
  deal: `SELECT event_id, exhibitor_id, ARRAY[buyer_id] AS buyer_ids FROM deal WHERE id = $1`,
};

/**
 * Reads the parties of a thread's subject from the matching module's `meeting_request`, `meeting` and
 * `meeting_participant`, the deals module's `deal`, the exhibitors module's `exhibitor`, the users
 * module's `app_user` and the memberships module's `membership` (the exhibitor's staff). Asked on every read and post, so a colleague removed from staff or a buyer who left a
 * request loses the thread at once. Never writes.
 */
@Injectable()
export class ThreadPartiesReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async of(
    kind: ThreadSubjectKind,
    subjectId: string,
    m: EntityManager = this.db.manager,
  ): Promise<ThreadParties | null> {
    const [subject]: { event_id: string; exhibitor_id: string; buyer_ids: string[] }[] = await m.query(
      SUBJECT_SQL[kind],
      [subjectId],
    );
    if (!subject) return null;
    const [names]: { exhibitor_name: string; buyer_name: string | null; staff_ids: string[] }[] =
      await m.query(
        `SELECT e.name AS exhibitor_name,
                (SELECT COALESCE(NULLIF(b.company, ''), u.display_name)
                   FROM app_user u LEFT JOIN buyer_profile b ON b.user_id = u.id WHERE u.id = $2) AS buyer_name,
                ARRAY(SELECT s.id FROM membership ms JOIN app_user s ON s.id = ms.user_id
                       WHERE ms.exhibitor_id = e.id AND ms.role = 'exhibitor' AND s.deleted_at IS NULL) AS staff_ids
           FROM exhibitor e WHERE e.id = $1`,
        [subject.exhibitor_id, subject.buyer_ids[0] ?? null],
      );
    return {
      eventId: subject.event_id,
      exhibitorId: subject.exhibitor_id,
      exhibitorName: names?.exhibitor_name ?? '',
      buyerIds: subject.buyer_ids,
      buyerName: names?.buyer_name ?? '',
      staffIds: names?.staff_ids ?? [],
    };
  }
}

/** Everyone on either side of a thread. */
export const everyone = (p: ThreadParties): string[] => [...new Set([...p.buyerIds, ...p.staffIds])];
