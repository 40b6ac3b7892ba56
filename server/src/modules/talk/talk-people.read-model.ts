import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * Reads others' tables for talk-now (never writes): which exhibitor a booth belongs to, and how a visitor
 * may be shown to its staff (name and company only with their lead consent, read at the knock).
 */
@Injectable()
export class TalkPeopleReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The fair the booth is in (a talk's lead names it). */
  async boothEvent(boothId: string): Promise<string | null> {
    const [row] = await this.db.query<{ event_id: string }[]>('SELECT event_id FROM booth WHERE id = $1', [
      boothId,
    ]);
    return row?.event_id ?? null;
  }

  async boothExhibitor(boothId: string): Promise<string | null> {
    const [row] = await this.db.query<{ exhibitor_id: string }[]>(
      'SELECT exhibitor_id FROM booth WHERE id = $1',
      [boothId],
    );
    return row?.exhibitor_id ?? null;
  }

  async shownVisitor(userId: string): Promise<{ name: string | null; company: string | null }> {
    const [row] = await this.db.query<{ name: string; company: string | null; lead_consent: boolean }[]>(
      `SELECT u.display_name AS name, bp.company, u.lead_consent
       FROM app_user u LEFT JOIN buyer_profile bp ON bp.user_id = u.id
       WHERE u.id = $1 AND u.deleted_at IS NULL`,
      [userId],
    );
    if (!row?.lead_consent) return { name: null, company: null };
    return { name: row.name, company: row.company };
  }
}
