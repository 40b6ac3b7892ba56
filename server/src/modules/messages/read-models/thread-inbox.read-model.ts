import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Threads at most listed at once on the Messages page (the most recent). */
export const INBOX_LIMIT = 100;

/**
 * The threads a person is a party to, most recent message first: reads the matching module's
 * `meeting_request`, `meeting` and `meeting_participant`, the deals module's `deal` and the users module's
 * `app_user`, and the memberships module's `membership` (the exhibitors they act for, in any fair, from the
 * database rather than the token). Never writes.
 */
@Injectable()
export class ThreadInboxReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async threadIdsOf(userId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `WITH me AS (SELECT id FROM app_user WHERE id = $1 AND deleted_at IS NULL),
            teams AS (SELECT exhibitor_id FROM membership WHERE user_id = $1 AND role = 'exhibitor')
       SELECT t.id FROM message_thread t, me
        WHERE t.last_message_at IS NOT NULL AND (
          (t.subject_kind = 'request' AND EXISTS (
             SELECT 1 FROM meeting_request r WHERE r.id = t.subject_id
                AND (r.requester_id = me.id OR me.id = ANY(r.attendee_ids) OR r.exhibitor_id IN (SELECT exhibitor_id FROM teams))))
          OR (t.subject_kind = 'meeting' AND EXISTS (
             SELECT 1 FROM meeting m WHERE m.id = t.subject_id
                AND (m.exhibitor_id IN (SELECT exhibitor_id FROM teams) OR EXISTS (
                  SELECT 1 FROM meeting_participant p
                   WHERE p.meeting_id = m.id AND p.user_id = me.id AND p.side = 'buyer'))))
          OR (t.subject_kind = 'deal' AND EXISTS (
             SELECT 1 FROM deal d WHERE d.id = t.subject_id
                AND (d.buyer_id = me.id OR d.exhibitor_id IN (SELECT exhibitor_id FROM teams)))))
        ORDER BY t.last_message_at DESC
        LIMIT ${INBOX_LIMIT}`,
      [userId],
    );
    return rows.map((r) => r.id);
  }
}
