import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MailSuppression } from '@pameran/contracts';
import { DataSource } from 'typeorm';
import { inFairReach } from '../../memberships';

/** Suppressed addresses of accounts in the fair's reach ($1 the fair). */
const IN_REACH = `FROM mail_suppression s JOIN app_user u ON u.email = s.address WHERE ${inFairReach('u.id', '$1')}`;

/**
 * The suppressed addresses a fair's organisers see and may lift: those of accounts in the fair's reach.
 * Another fair's people, and addresses of no account, are the platform's (docs/security.md). Reads mail's
 * `mail_suppression`, users' `app_user` and memberships' `membership`.
 */
@Injectable()
export class FairSuppressionsReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(eventId: string): Promise<MailSuppression[]> {
    const rows = (await this.db.query(
      `SELECT s.address, s.reason, s.created_at ${IN_REACH} ORDER BY s.created_at DESC LIMIT 500`,
      [eventId],
    )) as { address: string; reason: string; created_at: Date }[];
    return rows.map((r) => ({ address: r.address, reason: r.reason, createdAt: r.created_at.toISOString() }));
  }

  async inReach(eventId: string, address: string): Promise<boolean> {
    const rows = (await this.db.query(`SELECT 1 ${IN_REACH} AND s.address = $2`, [
      eventId,
      address.toLowerCase(),
    ])) as unknown[];
    return rows.length > 0;
  }
}
