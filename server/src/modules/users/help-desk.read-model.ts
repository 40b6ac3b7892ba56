import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { UserSearchResult } from '@pameran/contracts';
import { DataSource } from 'typeorm';
import { likeEscape } from '../../common/pagination';
import { inFairReach } from '../memberships';

/**
 * Who a fair's help desk may find and hand a reset link to (docs/security.md, "Fair organisers"): registered
 * accounts that hold no right outside that fair. Visitors and buyers hold none anywhere, so every fair's
 * desk may help them; the organisers and staff of another fair, and platform admins, are out of its reach
 * (a reset link for them would hand that fair's console or booth to this one's organiser).
 * Reads the users module's `app_user` and the memberships module's `membership`.
 */
const IN_REACH = `u.is_guest = false AND u.email IS NOT NULL AND u.role <> 'platform_admin'
  AND ${inFairReach('u.id', '$1')}`;

@Injectable()
export class HelpDeskReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async search(eventId: string, q: string): Promise<UserSearchResult> {
    const like = `%${likeEscape(q.toLowerCase())}%`;
    const rows = (await this.db.query(
      `SELECT u.id, u.display_name, u.email, u.role FROM app_user u
        WHERE ${IN_REACH} AND (u.email LIKE $2 OR lower(u.display_name) LIKE $2)
        ORDER BY u.email LIMIT 20`,
      [eventId, like],
    )) as {
      id: string;
      display_name: string;
      email: string;
      role: UserSearchResult['items'][number]['role'];
    }[];
    return {
      items: rows.map((u) => ({ id: u.id, displayName: u.display_name, email: u.email, role: u.role })),
    };
  }

  /** Whether the fair's help desk may act on this account (false also when there is no such account). */
  async inReach(eventId: string, userId: string): Promise<boolean> {
    const rows = (await this.db.query(`SELECT 1 FROM app_user u WHERE u.id = $2 AND ${IN_REACH}`, [
      eventId,
      userId,
    ])) as unknown[];
    return rows.length > 0;
  }
}
