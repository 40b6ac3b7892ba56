import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MatchingSettings } from '@pameran/contracts';
import { DataSource, EntityManager } from 'typeorm';

export interface MatchingEventFacts {
  eventId: string;
  settings: MatchingSettings;
  /** The business-matching blocks of the schedule (not cancelled), in time order. */
  blocks: { start: Date; end: Date }[];
}

/**
 * An event's business-matching settings and blocks: reads the events module's `event` and
 * `schedule_session`. Never writes. Takes the caller's `EntityManager` inside a transaction.
 */
@Injectable()
export class MatchingEventReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async facts(eventId: string, m: EntityManager = this.db.manager): Promise<MatchingEventFacts | null> {
    const [event]: { matching_settings: MatchingSettings }[] = await m.query(
      'SELECT matching_settings FROM event WHERE id = $1',
      [eventId],
    );
    if (!event) return null;
    const blocks: { start: Date; end: Date }[] = await m.query(
      `SELECT starts_at AS start, ends_at AS "end" FROM schedule_session
        WHERE event_id = $1 AND kind = 'matching' AND cancelled_at IS NULL
        ORDER BY starts_at ASC`,
      [eventId],
    );
    return { eventId, settings: event.matching_settings, blocks };
  }
}
