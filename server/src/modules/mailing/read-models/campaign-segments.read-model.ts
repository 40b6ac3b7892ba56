import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CampaignSegment } from '@pameran/contracts';
import { DataSource } from 'typeorm';
import { inFairReach } from '../../memberships';

/** Registered people with an address: no guests, no erased accounts. */
const REGISTERED = `u.is_guest = false AND u.deleted_at IS NULL AND u.email IS NOT NULL`;
/** A fair's campaigns reach the people in its reach ($1, the fair), never another fair's members. */
const IN_FAIR = inFairReach('u.id', '$1');

const SEGMENTS: Record<CampaignSegment, string> = {
  buyers_without_meetings: `u.role = 'buyer' AND NOT EXISTS (
      SELECT 1 FROM meeting_participant p JOIN meeting m ON m.id = p.meeting_id
       WHERE p.user_id = u.id AND m.event_id = $1 AND m.status <> 'cancelled')`,
  exhibitors_without_availability: `EXISTS (
      SELECT 1 FROM membership s WHERE s.user_id = u.id AND s.event_id = $1 AND s.role = 'exhibitor'
         AND NOT EXISTS (SELECT 1 FROM availability_window a WHERE a.exhibitor_id = s.exhibitor_id))`,
  everyone: 'true',
};

/**
 * Who a campaign segment names in a fair, READING other modules' tables (users' `app_user`, memberships'
 * `membership`, matching's meetings and availability); it never writes. Buyers without meetings: no meeting
 * in the fair that is not cancelled. Exhibitors without availability: the fair's staff of an exhibitor that
 * has not opened any meeting hours.
 */
@Injectable()
export class CampaignSegmentsReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async members(eventId: string, segment: CampaignSegment): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT u.id FROM app_user u WHERE ${REGISTERED} AND ${IN_FAIR} AND ${SEGMENTS[segment]}
        ORDER BY u.created_at, u.id`,
      [eventId],
    );
    return rows.map((r) => r.id);
  }
}
