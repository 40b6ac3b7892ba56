import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MeetingMode, MeetingStatus } from '@pameran/contracts';
import { DataSource, EntityManager } from 'typeorm';

/** A meeting as outcomes need it: whose it is, its state, when it ended (stored timeline). */
export interface OutcomeMeeting {
  id: string;
  eventId: string;
  exhibitorId: string;
  status: MeetingStatus;
  mode: MeetingMode;
  endsAt: Date;
  /** The buyer side's people (the requester and the colleagues who joined). */
  buyerIds: string[];
}

const COLUMNS = `mt.id, mt.event_id AS "eventId", mt.exhibitor_id AS "exhibitorId", mt.status, mt.mode,
  mt.ends_at AS "endsAt",
  ARRAY(SELECT p.user_id FROM meeting_participant p WHERE p.meeting_id = mt.id AND p.side = 'buyer')
    AS "buyerIds"`;

/**
 * The meetings behind outcomes: reads the matching module's `meeting` and `meeting_participant`, never
 * writes. Every method takes the caller's `EntityManager` inside a transaction (the embedded database has
 * one connection).
 */
@Injectable()
export class OutcomeMeetings {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async byId(id: string, m: EntityManager = this.db.manager): Promise<OutcomeMeeting | null> {
    const [row]: OutcomeMeeting[] = await m.query(`SELECT ${COLUMNS} FROM meeting mt WHERE mt.id = $1`, [id]);
    return row ?? null;
  }

  /**
   * The meetings whose outcome this person's side can record now: as a buyer-side person, or as one of the
   * people of an exhibitor in `staffOf` (the exhibitors they are staff of, one per fair), newest first.
   */
  async over(
    userId: string,
    staffOf: string[],
    now: Date,
    m: EntityManager = this.db.manager,
  ): Promise<OutcomeMeeting[]> {
    return m.query(
      `SELECT ${COLUMNS} FROM meeting mt
        WHERE (mt.status = 'held' OR (mt.status IN ('scheduled', 'live') AND mt.ends_at <= $3))
          AND (mt.exhibitor_id = ANY($2::uuid[]) OR EXISTS (SELECT 1 FROM meeting_participant p
                 WHERE p.meeting_id = mt.id AND p.user_id = $1 AND p.side = 'buyer'))
        ORDER BY mt.ends_at DESC LIMIT 500`,
      [userId, staffOf, now],
    );
  }

  /**
   * Whether a meeting's outcome can be recorded at `now` (stored timeline): it was held, or it was neither
   * cancelled nor missed and its end has passed (on-site meetings are often never marked held). The same
   * rule as the SQL of {@link over}.
   */
  static isOver(meeting: Pick<OutcomeMeeting, 'status' | 'endsAt'>, now: Date): boolean {
    return (
      meeting.status === 'held' ||
      ((meeting.status === 'scheduled' || meeting.status === 'live') && meeting.endsAt <= now)
    );
  }
}
