import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CampaignSegment } from '@pameran/contracts';
import { DataSource } from 'typeorm';

/** Registered people with an address: no guests, no erased accounts. */
const REGISTERED = `u.is_guest = false AND u.deleted_at IS NULL AND u.email IS NOT NULL`;

const SEGMENTS: Record<CampaignSegment, string> = {
  buyers_without_meetings: `u.role = 'buyer' AND NOT EXISTS (
      SELECT 1 FROM meeting_participant p JOIN meeting m ON m.id = p.meeting_id
       WHERE p.user_id = u.id AND m.status <> 'cancelled')`,
  exhibitors_without_availability: `u.exhibitor_id IS NOT NULL AND NOT EXISTS (
      SELECT 1 FROM availability_window a WHERE a.exhibitor_id = u.exhibitor_id)`,
  everyone: 'true',
};

/**
 * Who a campaign segment names, READING other modules' tables (users' `app_user`, matching's meetings and
 * availability); it never writes. Buyers without meetings: no meeting that is not cancelled. Exhibitors
 * without availability: staff of an exhibitor that has not opened any meeting hours.
 */
@Injectable()
export class CampaignSegmentsReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async members(segment: CampaignSegment): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT u.id FROM app_user u WHERE ${REGISTERED} AND ${SEGMENTS[segment]} ORDER BY u.created_at, u.id`,
    );
    return rows.map((r) => r.id);
  }
}
