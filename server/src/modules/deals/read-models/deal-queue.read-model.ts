import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MeetingStatus } from '@pameran/contracts';
import { DataSource } from 'typeorm';

const QUEUE_LIMIT = 200;

/**
 * The organiser's verification queue: confirmed deals still claimed, oldest confirmation first, with the
 * status of the meeting each names. Reads deals' own `deal` with matching's `meeting`; never writes.
 */
@Injectable()
export class DealQueueReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async waiting(eventId: string): Promise<{ id: string; meetingStatus: MeetingStatus | null }[]> {
    const rows = await this.db.query<{ id: string; meeting_status: MeetingStatus | null }[]>(
      `SELECT d.id, m.status AS meeting_status
         FROM deal d LEFT JOIN meeting m ON m.id = d.meeting_id
        WHERE d.event_id = $1 AND d.confirmed_at IS NOT NULL AND d.verification = 'claimed'
        ORDER BY d.confirmed_at, d.id LIMIT ${QUEUE_LIMIT}`,
      [eventId],
    );
    return rows.map((r) => ({ id: r.id, meetingStatus: r.meeting_status }));
  }
}
