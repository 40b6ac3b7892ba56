import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Everything the hall's handshake needs to know about a person entering an event. */
export interface HandshakeFacts {
  /** Null when there is no event with this slug. */
  eventId: string | null;
  /** False when the account no longer exists. */
  userExists: boolean;
  /** A buyer's company. */
  company: string | null;
  /** The booth of this event the user staffs, if any. */
  staffBoothId: string | null;
  /**
   * An active ban on the user, on the device they connect from, or (for a guest) on their address;
   * `until` null means until lifted.
   */
  ban: { until: Date | null } | null;
}

interface Row {
  event_id: string | null;
  user_id: string | null;
  company: string | null;
  booth_id: string | null;
  banned: boolean | null;
  ban_until: Date | null;
}

/**
 * The hall handshake's lookup, in one round trip: the event (events' `event`), the account and buyer
 * profile (users' `app_user`, not an erased one; `buyer_profile`), the booth the user staffs (booths' `booth`) and an active
 * ban (moderation's `sanction`, with the same rule as `ModerationService.stateOf`: not lifted, not past
 * `until`, on the user, their signed device or, for a guest, their address). Never writes.
 */
@Injectable()
export class HandshakeReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async lookup(
    userId: string,
    slug: string,
    guestAddress: string | null,
    deviceId: string | null,
  ): Promise<HandshakeFacts> {
    const [row] = await this.db.query<Row[]>(
      `SELECT e.id AS event_id, u.id AS user_id, bp.company, b.id AS booth_id,
              ban.banned, ban.until AS ban_until
       FROM (SELECT 1) one
       LEFT JOIN event e ON e.slug = $2
       LEFT JOIN app_user u ON u.id = $1 AND u.deleted_at IS NULL
       LEFT JOIN buyer_profile bp ON bp.user_id = u.id
       LEFT JOIN booth b ON b.exhibitor_id = u.exhibitor_id AND b.event_id = e.id
       LEFT JOIN LATERAL (
         SELECT true AS banned, s.until FROM sanction s
         WHERE s.kind = 'ban' AND s.lifted_at IS NULL AND (s.until IS NULL OR s.until > $4)
           AND (s.user_id = $1 OR ($3::varchar IS NOT NULL AND s.address = $3)
                OR ($5::uuid IS NOT NULL AND s.device_id = $5))
         ORDER BY s.until DESC NULLS FIRST LIMIT 1
       ) ban ON true`,
      [userId, slug, guestAddress, new Date(), deviceId],
    );
    return {
      eventId: row.event_id,
      userExists: row.user_id !== null,
      company: row.company,
      staffBoothId: row.booth_id,
      ban: row.banned ? { until: row.ban_until } : null,
    };
  }
}
