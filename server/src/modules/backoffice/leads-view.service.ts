import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  EVENT_TIME_ZONE,
  type LeadItem,
  type LeadKind,
  type LeadsQuery,
  type LeadsSummary,
  type List,
} from '@pameran/contracts';
import { DataSource } from 'typeorm';
import { decodeCursor, page } from '../../common/pagination';
import type { BoothAccess } from './booth-access.service';

/**
 * A booth's leads: booth visits, WhatsApp clicks and meetings from the lead table, plus one entry per
 * visitor who chatted (from the booth chat). Visitors appear by name only when they consented.
 */
const ITEMS = `WITH items AS (
    SELECT l.id::text AS id, l.kind, l.created_at AS at, l.ended_at, l.user_id, p.name_id AS product_name
    FROM lead l LEFT JOIN product p ON p.id = l.product_id WHERE l.booth_id = $1
    UNION ALL
    SELECT 'chat-' || c.user_id, 'chat', min(c.created_at), max(c.created_at), c.user_id, NULL
    FROM chat_message c
    WHERE c.booth_id = $1 AND NOT c.from_staff AND c.user_id IS NOT NULL AND c.deleted_at IS NULL
    GROUP BY c.user_id
  )`;

interface ItemRow {
  id: string;
  kind: LeadKind;
  at: Date;
  ended_at: Date | null;
  product_name: string | null;
  display_name: string | null;
  role: string | null;
  consent: boolean | null;
  company: string | null;
  country: string | null;
  total: string;
}

const CSV_MAX_ROWS = 20_000;

function toItem(r: ItemRow): LeadItem {
  return {
    id: r.id,
    kind: r.kind,
    at: new Date(r.at).toISOString(),
    endedAt: r.ended_at ? new Date(r.ended_at).toISOString() : null,
    productName: r.product_name,
    visitor:
      r.consent && r.display_name
        ? { name: r.display_name, role: r.role ?? 'visitor', company: r.company, country: r.country }
        : null,
  };
}

/** A CSV cell; text that a spreadsheet would run as a formula is prefixed with a quote. */
function csvCell(v: string | null): string {
  const s = (v ?? '').replace(/^([=+\-@\t\r])/, "'$1");
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

@Injectable()
export class LeadsViewService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(access: BoothAccess, query: LeadsQuery): Promise<List<LeadItem>> {
    const offset = decodeCursor(query.cursor);
    const rows = await this.rows(access.boothId, query.kind ?? null, query.limit, offset);
    return page(rows.map(toItem), rows.length ? Number(rows[0].total) : 0, offset);
  }

  async summary(access: BoothAccess): Promise<LeadsSummary> {
    const [totals] = await this.db.query<Record<string, string>[]>(
      `${ITEMS} SELECT
         count(*) FILTER (WHERE kind = 'visit') AS visits,
         count(DISTINCT user_id) FILTER (WHERE kind = 'visit') AS unique_visitors,
         count(*) FILTER (WHERE kind = 'chat') AS chats,
         count(*) FILTER (WHERE kind = 'whatsapp') AS whatsapp,
         count(*) FILTER (WHERE kind = 'meeting') AS meetings
       FROM items`,
      [access.boothId],
    );
    const days = await this.db.query<{ date: string; visits: string; chats: string; whatsapp: string }[]>(
      `${ITEMS} SELECT to_char(at AT TIME ZONE $2, 'YYYY-MM-DD') AS date,
         count(*) FILTER (WHERE kind = 'visit') AS visits,
         count(*) FILTER (WHERE kind = 'chat') AS chats,
         count(*) FILTER (WHERE kind = 'whatsapp') AS whatsapp
       FROM items GROUP BY 1 ORDER BY 1`,
      [access.boothId, EVENT_TIME_ZONE],
    );
    const [deals] = await this.db.query<{ deals: string; value: string }[]>(
      `SELECT count(*) AS deals, COALESCE(sum(d.value), 0) AS value
         FROM deal d JOIN booth b ON b.exhibitor_id = d.exhibitor_id
        WHERE b.id = $1 AND d.confirmed_at IS NOT NULL`,
      [access.boothId],
    );
    return {
      totals: {
        deals: Number(deals.deals),
        dealValue: Number(deals.value),
        visits: Number(totals.visits),
        uniqueVisitors: Number(totals.unique_visitors),
        chats: Number(totals.chats),
        whatsapp: Number(totals.whatsapp),
        meetings: Number(totals.meetings),
      },
      perDay: days.map((d) => ({
        date: d.date,
        visits: Number(d.visits),
        chats: Number(d.chats),
        whatsapp: Number(d.whatsapp),
      })),
    };
  }

  /** Every lead of the booth as CSV (times in WIB), newest first. */
  async csv(access: BoothAccess): Promise<string> {
    const rows = await this.rows(access.boothId, null, CSV_MAX_ROWS, 0);
    const wib = (d: Date | null) =>
      d ? new Date(new Date(d).getTime() + 7 * 3600_000).toISOString().slice(0, 19).replace('T', ' ') : '';
    const header = 'time_wib,kind,name,role,company,country,product,ended_wib';
    const lines = rows.map((r) => {
      const item = toItem(r);
      return [
        wib(r.at),
        r.kind,
        item.visitor?.name ?? '',
        item.visitor?.role ?? '',
        item.visitor?.company ?? '',
        item.visitor?.country ?? '',
        r.product_name,
        wib(r.ended_at),
      ]
        .map(csvCell)
        .join(',');
    });
    return `\ufeff${[header, ...lines].join('\r\n')}\r\n`;
  }

  private rows(boothId: string, kind: LeadKind | null, limit: number, offset: number) {
    return this.db.query<ItemRow[]>(
      `${ITEMS} SELECT i.id, i.kind, i.at, i.ended_at, i.product_name, u.display_name, u.role,
         u.lead_consent AS consent, bp.company, bp.country, count(*) OVER () AS total
       FROM items i LEFT JOIN app_user u ON u.id = i.user_id LEFT JOIN buyer_profile bp ON bp.user_id = u.id
       WHERE ($2::text IS NULL OR i.kind = $2)
       ORDER BY i.at DESC, i.id LIMIT ${Number(limit)} OFFSET ${Number(offset)}`,
      [boothId, kind],
    );
  }
}
