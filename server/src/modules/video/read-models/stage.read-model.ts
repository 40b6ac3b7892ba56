import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { StageSpeaker } from '@pameran/contracts';
import { DataSource } from 'typeorm';
import type { SessionTimes } from '../../events/session-state';

export interface StageSession extends SessionTimes {
  id: string;
  startedAt: Date | null;
  endedAt: Date | null;
  /** The fair's zone, for the times the session's texts name. */
  timeZone: string;
}

/**
 * Stage sessions and their speakers as video needs them: reads the events module's `schedule_session` (and its fair's zone) and
 * the users module's `app_user` (with video's own `stage_speaker`). Never writes.
 */
@Injectable()
export class StageReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A stage session (cancelled ones included), or null when there is none with this id. */
  async session(id: string): Promise<StageSession | null> {
    const [row]: StageSession[] = await this.db.query(
      `SELECT id, starts_at AS "startsAt", ends_at AS "endsAt", cancelled_at AS "cancelledAt",
              started_at AS "startedAt", ended_at AS "endedAt", delay_minutes AS "delayMinutes",
              extend_minutes AS "extendMinutes",
              (SELECT e.time_zone FROM event e WHERE e.id = schedule_session.event_id) AS "timeZone"
         FROM schedule_session WHERE id = $1 AND kind = 'stage'`,
      [id],
    );
    return row ?? null;
  }

  async speakers(sessionId: string): Promise<StageSpeaker[]> {
    return this.db.query(
      `SELECT u.id, u.display_name AS name, u.email
         FROM stage_speaker s JOIN app_user u ON u.id = s.user_id
        WHERE s.session_id = $1`,
      [sessionId],
    );
  }
}
