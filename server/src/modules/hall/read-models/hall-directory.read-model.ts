import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EventStatus } from '@pameran/contracts';
import { DataSource } from 'typeorm';

/**
 * What the hall keeps in memory for its handshake (state/event-directory.ts): every event's id by slug and
 * whether it is archived (events' `event`), and which booth each exhibitor has in an event (booths'
 * `booth`). Read at start-up and after a change or a miss, never per connection; never writes.
 */
@Injectable()
export class HallDirectoryReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  events(): Promise<{ id: string; slug: string; status: EventStatus }[]> {
    return this.db.query('SELECT id, slug, status FROM event');
  }

  async boothsOf(eventId: string): Promise<Map<string, string>> {
    const rows = await this.db.query<{ id: string; exhibitor_id: string }[]>(
      'SELECT id, exhibitor_id FROM booth WHERE event_id = $1',
      [eventId],
    );
    return new Map(rows.map((r) => [r.exhibitor_id, r.id]));
  }
}
