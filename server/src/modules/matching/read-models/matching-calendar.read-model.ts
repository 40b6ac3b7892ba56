import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MatchingSettings } from '@pameran/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { effectiveTimes, type SessionTimes } from '../../events/session-state';

export interface MatchingEventFacts {
  eventId: string;
  settings: MatchingSettings;
  /** The event's own time zone (its days, daily limits). */
  timeZone: string;
  /**
   * The business-matching blocks of the schedule (not cancelled), in time order, at their effective times:
   * a block started early has its slot grid start then, a delayed one later (the organiser's live controls).
   */
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
    const [event]: { matching_settings: MatchingSettings; time_zone: string }[] = await m.query(
      'SELECT matching_settings, time_zone FROM event WHERE id = $1',
      [eventId],
    );
    if (!event) return null;
    const sessions: SessionTimes[] = await m.query(
      `SELECT starts_at AS "startsAt", ends_at AS "endsAt", cancelled_at AS "cancelledAt",
              started_at AS "startedAt", ended_at AS "endedAt", delay_minutes AS "delayMinutes",
              extend_minutes AS "extendMinutes"
         FROM schedule_session
        WHERE event_id = $1 AND kind = 'matching' AND cancelled_at IS NULL`,
      [eventId],
    );
    const blocks = sessions
      .map(effectiveTimes)
      .filter((b) => b.end > b.start)
      .sort((a, b) => a.start.getTime() - b.start.getTime());
    return { eventId, settings: event.matching_settings, timeZone: event.time_zone, blocks };
  }
}
