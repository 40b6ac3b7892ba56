import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { SessionTimes } from '../../events/session-state';

export interface StageSessionRow extends SessionTimes {
  id: string;
  eventId: string;
}

/**
 * What the stage's questions and polls need to know of others' tables: the session (events module's
 * `schedule_session`), its speakers (video's `stage_speaker`) and people's names (users' `app_user`).
 * Never writes.
 */
@Injectable()
export class StageAccessReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A stage session (cancelled ones included), or null. */
  async session(id: string): Promise<StageSessionRow | null> {
    const [row]: StageSessionRow[] = await this.db.query(
      `SELECT id, event_id AS "eventId", starts_at AS "startsAt", ends_at AS "endsAt",
              cancelled_at AS "cancelledAt", started_at AS "startedAt", ended_at AS "endedAt",
              delay_minutes AS "delayMinutes", extend_minutes AS "extendMinutes"
         FROM schedule_session WHERE id = $1 AND kind = 'stage'`,
      [id],
    );
    return row ?? null;
  }

  async speakerIds(sessionId: string): Promise<string[]> {
    const rows: { userId: string }[] = await this.db.query(
      'SELECT user_id AS "userId" FROM stage_speaker WHERE session_id = $1',
      [sessionId],
    );
    return rows.map((r) => r.userId);
  }

  /** Display names by account id, read in the caller's transaction when given one. */
  async names(ids: string[], manager?: EntityManager): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await (manager ?? this.db).query(
      'SELECT id, display_name AS name FROM app_user WHERE id = ANY($1)',
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
