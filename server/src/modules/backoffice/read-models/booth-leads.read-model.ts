import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LeadKind } from '@pameran/contracts';
import { DataSource } from 'typeorm';

/**
 * A booth's leads: booth visits, WhatsApp clicks and meetings from the lead table, plus one entry per
 * visitor who chatted (from the booth chat). Visitors appear by name only when they consented.
 */
const ITEMS = `WITH items AS (
    SELECT l.id::text AS id, l.kind, l.created_at AS at, l.ended_at, l.user_id,
           coalesce(l.user_id::text, l.visitor_key) AS visitor, p.name_id AS product_name, l.note, l.score
    FROM lead l LEFT JOIN product p ON p.id = l.product_id WHERE l.booth_id = $1
    UNION ALL
    SELECT 'chat-' || c.user_id, 'chat', min(c.created_at), max(c.created_at), c.user_id, c.user_id::text,
           NULL, NULL, NULL
    FROM chat_message c
    WHERE c.booth_id = $1 AND NOT c.from_staff AND c.user_id IS NOT NULL AND c.deleted_at IS NULL
    GROUP BY c.user_id
  )`;

/**
 * One visitor on one day in the zone `$2`; clicks without an account share one key per day; forgotten
 * people keep their one-way key (`lead.visitor_key`).
 */
const VISITOR_DAY = `(coalesce(visitor, ''), (at AT TIME ZONE $2)::date)`;

/**
 * A lead with its visitor. A badge the visitor handed over to be scanned names them to that booth whatever
 * their lead consent says: that is what showing a badge is for (docs/decisions/0021-on-site-qr.md).
 */
const ROW_SELECT = `SELECT i.id, i.kind, i.at, i.ended_at, i.product_name, i.note, i.score, u.display_name, u.role,
    (u.lead_consent OR i.kind = 'badge') AS consent, bp.company, bp.country, count(*) OVER () AS total
  FROM items i LEFT JOIN app_user u ON u.id = i.user_id LEFT JOIN buyer_profile bp ON bp.user_id = u.id`;

export interface ItemRow {
  id: string;
  kind: LeadKind;
  at: Date;
  ended_at: Date | null;
  product_name: string | null;
  note: string | null;
  score: number | null;
  display_name: string | null;
  role: string | null;
  consent: boolean | null;
  company: string | null;
  country: string | null;
  total: string;
}

/**
 * Reads the leads' tables around one booth. Besides the leads module's `lead`, it reads catalogue's
 * `product` (the product a lead was about), chat's `chat_message` (one lead per visitor who chatted), users'
 * `app_user` and `buyer_profile` (who the visitor is, when they consented), and deals' `deal` with booths'
 * `booth` (confirmed deals of the booth's exhibitor).
 */
@Injectable()
export class BoothLeadsReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The zone of the booth's fair (the events module's `event`): leads are counted and written in it. */
  async timeZone(boothId: string): Promise<string> {
    const [row]: { time_zone: string }[] = await this.db.query(
      `SELECT e.time_zone FROM booth b JOIN event e ON e.id = b.event_id WHERE b.id = $1`,
      [boothId],
    );
    if (!row) throw new Error(`booth ${boothId} has no fair`);
    return row.time_zone;
  }

  /** Visits and WhatsApp clicks once per visitor and day in the zone `tz` (docs/domain.md, "Leads"). */
  async totals(boothId: string, tz: string): Promise<Record<string, string>> {
    const [totals] = await this.db.query<Record<string, string>[]>(
      `${ITEMS} SELECT
         count(DISTINCT ${VISITOR_DAY}) FILTER (WHERE kind = 'visit') AS visits,
         count(DISTINCT user_id) FILTER (WHERE kind = 'visit') AS unique_visitors,
         count(*) FILTER (WHERE kind = 'chat') AS chats,
         count(DISTINCT ${VISITOR_DAY}) FILTER (WHERE kind = 'whatsapp') AS whatsapp,
         count(*) FILTER (WHERE kind = 'meeting') AS meetings
       FROM items`,
      [boothId, tz],
    );
    return totals;
  }

  /** Per day in the zone `tz`, visits and WhatsApp clicks once per visitor. */
  perDay(boothId: string, tz: string) {
    return this.db.query<{ date: string; visits: string; chats: string; whatsapp: string }[]>(
      `${ITEMS} SELECT to_char(at AT TIME ZONE $2, 'YYYY-MM-DD') AS date,
         count(DISTINCT ${VISITOR_DAY}) FILTER (WHERE kind = 'visit') AS visits,
         count(*) FILTER (WHERE kind = 'chat') AS chats,
         count(DISTINCT ${VISITOR_DAY}) FILTER (WHERE kind = 'whatsapp') AS whatsapp
       FROM items GROUP BY 1 ORDER BY 1`,
      [boothId, tz],
    );
  }

  async deals(boothId: string): Promise<{ deals: string; value: string }> {
    const [deals] = await this.db.query<{ deals: string; value: string }[]>(
      `SELECT count(*) AS deals, COALESCE(sum(d.value), 0) AS value
         FROM deal d JOIN booth b ON b.exhibitor_id = d.exhibitor_id
        WHERE b.id = $1 AND d.confirmed_at IS NOT NULL`,
      [boothId],
    );
    return deals;
  }

  /** Newest first, with the total count on every row. */
  rows(boothId: string, kind: LeadKind | null, limit: number, offset: number) {
    return this.db.query<ItemRow[]>(
      `${ITEMS} ${ROW_SELECT} WHERE ($2::text IS NULL OR i.kind = $2)
       ORDER BY i.at DESC, i.id LIMIT ${Number(limit)} OFFSET ${Number(offset)}`,
      [boothId, kind],
    );
  }

  /** One lead of the booth (say, the badge scan just recorded). */
  async one(boothId: string, id: string): Promise<ItemRow | undefined> {
    const [row] = await this.db.query<ItemRow[]>(`${ITEMS} ${ROW_SELECT} WHERE i.id = $2`, [boothId, id]);
    return row;
  }
}
