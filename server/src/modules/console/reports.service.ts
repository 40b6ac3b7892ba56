import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  EXHIBITOR_STATUSES,
  MEETING_STATUSES,
  type RankedBooth,
  type ReportKind,
  type ReportSummary,
} from '@pameran/contracts';
import { DataSource } from 'typeorm';
import { dealTotals } from '../deals/deal-totals';
import type { EventEntity } from '../events/event.entity';
import { plainColumns, toCsv, type CsvValue } from './csv';
import {
  boothCount,
  boothRanking,
  chatFigures,
  exhibitorCounts,
  meetingCounts,
  visitFigures,
} from './dashboard-queries';
import { MEETING_ROWS_SQL, DEAL_ROWS_SQL, wib } from './report-sql';

type Row = Record<string, CsvValue>;

const EXHIBITOR_COLUMNS = [
  'exhibitor_id',
  'name',
  'region',
  'category',
  'status',
  'status_reason',
  'contact_name',
  'whatsapp_number',
  'booth_id',
  'booth_slot',
  'products',
  'applied_wib',
] as const;

const PRODUCT_COLUMNS = [
  'product_id',
  'exhibitor_name',
  'region',
  'name_id',
  'name_en',
  'category',
  'price_rupiah',
  'unit',
  'min_order',
  'monthly_capacity',
  'halal_number',
  'pirt_number',
  'bpom_number',
  'export_ready',
  'hidden',
] as const;

export const MEETING_COLUMNS = [
  'meeting_id',
  'starts_wib',
  'ends_wib',
  'mode',
  'table',
  'status',
  'attended',
  'exhibitor_name',
  'buyers',
  'buyer_companies',
  'buyer_countries',
] as const;

export const DEAL_COLUMNS = [
  'deal_id',
  'recorded_wib',
  'confirmed_wib',
  'exhibitor_name',
  'category',
  'region',
  'buyer_name',
  'buyer_company',
  'buyer_country',
  'status',
  'value_rupiah',
  'meeting_id',
] as const;

const LEAD_COLUMNS: { key: string; value: (b: RankedBooth) => CsvValue }[] = [
  { key: 'booth_id', value: (b) => b.boothId },
  { key: 'exhibitor_name', value: (b) => b.name },
  { key: 'category', value: (b) => b.category },
  { key: 'region', value: (b) => b.region },
  { key: 'visits', value: (b) => b.visits },
  { key: 'unique_visitors', value: (b) => b.uniques },
  { key: 'chat_messages', value: (b) => b.chats },
  { key: 'whatsapp_clicks', value: (b) => b.whatsapp },
  { key: 'meetings_held', value: (b) => b.meetingsHeld },
  { key: 'deals_value_rupiah', value: (b) => b.dealsValue },
];

/** The organiser's reports: CSV files of the whole event and the printable summary's figures. */
@Injectable()
export class ReportsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async csv(event: EventEntity, kind: ReportKind): Promise<string> {
    const tz = event.timeZone;
    switch (kind) {
      case 'exhibitors':
        return toCsv(
          plainColumns<Row>(EXHIBITOR_COLUMNS),
          await this.db.query<Row[]>(
            `SELECT e.id AS exhibitor_id, e.name, e.region, e.category, e.status, e.status_reason,
                    e.contact_name, e.whatsapp_number, b.id AS booth_id, b.slot AS booth_slot,
                    (SELECT count(*)::int FROM product p WHERE p.booth_id = b.id) AS products,
                    ${wib('e.created_at')} AS applied_wib
               FROM exhibitor e LEFT JOIN booth b ON b.exhibitor_id = e.id
              WHERE e.event_id = $1 ORDER BY e.name`,
            [event.id, tz],
          ),
        );
      case 'products':
        return toCsv(
          plainColumns<Row>(PRODUCT_COLUMNS),
          await this.db.query<Row[]>(
            `SELECT p.id AS product_id, e.name AS exhibitor_name, e.region, p.name_id, p.name_en, p.category,
                    p.price_rupiah::float8 AS price_rupiah, p.unit, p.min_order, p.monthly_capacity,
                    p.halal_number, p.pirt_number, p.bpom_number, p.export_ready, p.hidden
               FROM product p JOIN booth b ON b.id = p.booth_id JOIN exhibitor e ON e.id = b.exhibitor_id
              WHERE b.event_id = $1 ORDER BY e.name, p.sort_order, p.name_id`,
            [event.id],
          ),
        );
      case 'leads':
        return toCsv(LEAD_COLUMNS, await boothRanking(this.db, event.id));
      case 'meetings':
        return toCsv(
          plainColumns<Row>(MEETING_COLUMNS),
          await this.db.query<Row[]>(`${MEETING_ROWS_SQL} WHERE m.event_id = $1 ORDER BY m.starts_at`, [
            event.id,
            tz,
          ]),
        );
      case 'deals':
        return toCsv(
          plainColumns<Row>(DEAL_COLUMNS),
          await this.db.query<Row[]>(`${DEAL_ROWS_SQL} WHERE d.event_id = $1 ORDER BY d.created_at`, [
            event.id,
            tz,
          ]),
        );
    }
  }

  async summary(event: EventEntity): Promise<ReportSummary> {
    const q = this.db;
    const [visits, chat, meetings, exhibitors, booths, deals, top, byCategory, byDay, [products]] =
      await Promise.all([
        visitFigures(q, event.id),
        chatFigures(q, event.id),
        meetingCounts(q, event.id, MEETING_STATUSES),
        exhibitorCounts(q, event.id, EXHIBITOR_STATUSES),
        boothCount(q, event.id),
        dealTotals(q.manager, event.id),
        boothRanking(q, event.id, { limit: 10 }),
        q.query<{ category: ReportSummary['visitsByCategory'][number]['category']; v: string; u: string }[]>(
          `SELECT b.zone AS category, count(*) AS v, count(DISTINCT l.user_id) AS u
             FROM lead l JOIN booth b ON b.id = l.booth_id
            WHERE b.event_id = $1 AND l.kind = 'visit' GROUP BY 1 ORDER BY 2 DESC`,
          [event.id],
        ),
        q.query<{ day: string; v: string; u: string }[]>(
          `SELECT to_char(l.created_at AT TIME ZONE $2, 'YYYY-MM-DD') AS day, count(*) AS v,
                  count(DISTINCT l.user_id) AS u
             FROM lead l JOIN booth b ON b.id = l.booth_id
            WHERE b.event_id = $1 AND l.kind = 'visit' GROUP BY 1 ORDER BY 1`,
          [event.id, event.timeZone],
        ),
        q.query<{ count: string }[]>(
          'SELECT count(*) AS count FROM product p JOIN booth b ON b.id = p.booth_id WHERE b.event_id = $1',
          [event.id],
        ),
      ]);
    return {
      event: { slug: event.slug, name: { id: event.nameId, en: event.nameEn } },
      from: event.startsOn,
      to: event.endsOn,
      generatedAt: new Date().toISOString(),
      exhibitors,
      booths,
      products: Number(products.count),
      visits: { total: visits.visits.total, uniques: visits.visits.uniques },
      whatsappClicks: visits.whatsappClicks,
      chatMessages: chat.messages,
      meetings,
      deals: {
        total: deals.total,
        count: deals.deals,
        byCategory: deals.byCategory,
        byRegion: deals.byRegion,
      },
      visitsByCategory: byCategory.map((r) => ({ category: r.category, visits: +r.v, uniques: +r.u })),
      visitsByDay: byDay.map((r) => ({ day: r.day, visits: +r.v, uniques: +r.u })),
      topBooths: top,
    };
  }
}
