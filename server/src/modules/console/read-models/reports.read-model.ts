import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReportSummary } from '@pameran/contracts';
import { DataSource } from 'typeorm';
import type { CsvValue } from '../csv';
import { visitorDays } from './dashboard.read-model';

export type ReportRow = Record<string, CsvValue>;
type Category = ReportSummary['visitsByCategory'][number]['category'];

/** A timestamp as wall-clock time in the zone given as `$2` ("2020-12-05 09:30"). */
const wib = (column: string) => `to_char(${column} AT TIME ZONE $2, 'YYYY-MM-DD HH24:MI')`;

/** Visitors appear by name only when they agreed to be shown to exhibitors (lead consent). */
const VISITOR_NAME = `CASE WHEN u.lead_consent THEN u.display_name END`;

/** Meetings with their parties and attendance; append `WHERE …` (event or exhibitor as `$1`). */
const MEETING_ROWS_SQL = `
  SELECT m.id AS meeting_id, ${wib('m.starts_at')} AS starts_wib, ${wib('m.ends_at')} AS ends_wib,
         m.mode, t.label AS "table", m.status,
         CASE m.status WHEN 'held' THEN 'yes' WHEN 'no_show' THEN 'no' ELSE '' END AS attended,
         x.name AS exhibitor_name,
         (SELECT string_agg(u.display_name, '; ' ORDER BY u.display_name) FROM meeting_participant mp
            JOIN app_user u ON u.id = mp.user_id WHERE mp.meeting_id = m.id AND mp.side = 'buyer') AS buyers,
         (SELECT string_agg(DISTINCT bp.company, '; ') FROM meeting_participant mp
            JOIN buyer_profile bp ON bp.user_id = mp.user_id WHERE mp.meeting_id = m.id AND mp.side = 'buyer') AS buyer_companies,
         (SELECT string_agg(DISTINCT bp.country, '; ') FROM meeting_participant mp
            JOIN buyer_profile bp ON bp.user_id = mp.user_id WHERE mp.meeting_id = m.id AND mp.side = 'buyer') AS buyer_countries
    FROM meeting m JOIN exhibitor x ON x.id = m.exhibitor_id LEFT JOIN meeting_table t ON t.id = m.table_id`;

/** Deals with both parties; append `WHERE …`. Values are whole rupiah. */
const DEAL_ROWS_SQL = `
  SELECT d.id AS deal_id, ${wib('d.created_at')} AS recorded_wib,
         CASE WHEN d.confirmed_at IS NULL THEN NULL ELSE ${wib('d.confirmed_at')} END AS confirmed_wib,
         x.name AS exhibitor_name, x.category, x.region, u.display_name AS buyer_name,
         bp.company AS buyer_company, bp.country AS buyer_country, d.status,
         d.value::float8 AS value_rupiah, d.verification, d.meeting_id
    FROM deal d JOIN exhibitor x ON x.id = d.exhibitor_id JOIN app_user u ON u.id = d.buyer_id
    LEFT JOIN buyer_profile bp ON bp.user_id = d.buyer_id`;

/** Whose meetings or deals: the whole event's (organisers) or one exhibitor's (its own report). */
export type ReportScope = { eventId: string } | { exhibitorId: string };

/** The exhibitor and booth a user belongs to in one event. */
export interface OwnBooth {
  exhibitorId: string;
  boothId: string;
}

const scoped = (alias: string, scope: ReportScope) =>
  'eventId' in scope
    ? { where: `${alias}.event_id = $1`, id: scope.eventId }
    : { where: `${alias}.exhibitor_id = $1`, id: scope.exhibitorId };

/**
 * The rows of the reports (CSV files and the printable summary), for the organisers and for one exhibitor.
 * Reads other modules' tables: exhibitors' `exhibitor`, booths' `booth`, catalogue's `product`, leads'
 * `lead`, users' `app_user` and `buyer_profile`, matching's `meeting`, `meeting_participant` and
 * `meeting_table`, and deals' `deal`. Times are given in the event's zone (`tz`).
 */
@Injectable()
export class ReportsReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  exhibitors(eventId: string, tz: string): Promise<ReportRow[]> {
    return this.db.query<ReportRow[]>(
      `SELECT e.id AS exhibitor_id, e.name, e.region, e.category, e.status, e.status_reason,
              e.contact_name, e.whatsapp_number, b.id AS booth_id, b.slot AS booth_slot,
              (SELECT count(*)::int FROM product p WHERE p.booth_id = b.id) AS products,
              ${wib('e.created_at')} AS applied_wib
         FROM exhibitor e LEFT JOIN booth b ON b.exhibitor_id = e.id
        WHERE e.event_id = $1 ORDER BY e.name`,
      [eventId, tz],
    );
  }

  products(eventId: string): Promise<ReportRow[]> {
    return this.db.query<ReportRow[]>(
      `SELECT p.id AS product_id, e.name AS exhibitor_name, e.region, p.name_id, p.name_en, p.category,
              p.price_rupiah::float8 AS price_rupiah, p.unit, p.min_order, p.monthly_capacity,
              p.halal_number, p.pirt_number, p.bpom_number, p.export_ready, p.hidden
         FROM product p JOIN booth b ON b.id = p.booth_id JOIN exhibitor e ON e.id = b.exhibitor_id
        WHERE b.event_id = $1 ORDER BY e.name, p.sort_order, p.name_id`,
      [eventId],
    );
  }

  meetings(scope: ReportScope, tz: string): Promise<ReportRow[]> {
    const s = scoped('m', scope);
    return this.db.query<ReportRow[]>(`${MEETING_ROWS_SQL} WHERE ${s.where} ORDER BY m.starts_at`, [
      s.id,
      tz,
    ]);
  }

  deals(scope: ReportScope, tz: string): Promise<ReportRow[]> {
    const s = scoped('d', scope);
    return this.db.query<ReportRow[]>(`${DEAL_ROWS_SQL} WHERE ${s.where} ORDER BY d.created_at`, [s.id, tz]);
  }

  async visitsByCategory(eventId: string): Promise<ReportSummary['visitsByCategory']> {
    const rows = await this.db.query<{ category: Category; v: string; u: string }[]>(
      `SELECT b.zone AS category, count(*) AS v, count(DISTINCT d.user_id) AS u
         FROM (${visitorDays('visit')}) d JOIN booth b ON b.id = d.booth_id
        GROUP BY 1 ORDER BY 2 DESC`,
      [eventId],
    );
    return rows.map((r) => ({ category: r.category, visits: +r.v, uniques: +r.u }));
  }

  async visitsByDay(eventId: string, tz: string): Promise<ReportSummary['visitsByDay']> {
    const rows = await this.db.query<{ day: string; v: string; u: string }[]>(
      `SELECT to_char(d.first_at AT TIME ZONE $2, 'YYYY-MM-DD') AS day, count(*) AS v,
              count(DISTINCT d.user_id) AS u
         FROM (${visitorDays('visit')}) d GROUP BY 1 ORDER BY 1`,
      [eventId, tz],
    );
    return rows.map((r) => ({ day: r.day, visits: +r.v, uniques: +r.u }));
  }

  async productCount(eventId: string): Promise<number> {
    const [r] = await this.db.query<{ count: string }[]>(
      'SELECT count(*) AS count FROM product p JOIN booth b ON b.id = p.booth_id WHERE b.event_id = $1',
      [eventId],
    );
    return Number(r.count);
  }

  /** One booth's visitors, busiest first; names and companies only with the visitor's consent. */
  visitors(boothId: string, tz: string): Promise<ReportRow[]> {
    return this.db.query<ReportRow[]>(
      `SELECT coalesce(${VISITOR_NAME}, '(anonim)') AS visitor, CASE WHEN u.lead_consent THEN u.role END AS role,
              CASE WHEN u.lead_consent THEN bp.company END AS company,
              CASE WHEN u.lead_consent THEN bp.country END AS country,
              count(*)::int AS visits, ${wib('min(l.created_at)')} AS first_visit_wib,
              ${wib('max(l.created_at)')} AS last_visit_wib
         FROM lead l LEFT JOIN app_user u ON u.id = l.user_id
         LEFT JOIN buyer_profile bp ON bp.user_id = l.user_id
        WHERE l.booth_id = $1 AND l.kind = 'visit'
        GROUP BY l.user_id, u.lead_consent, u.display_name, u.role, bp.company, bp.country
        ORDER BY count(*) DESC, max(l.created_at) DESC`,
      [boothId, tz],
    );
  }

  /** One booth's leads, newest first (at most 50,000); names only with the visitor's consent. */
  leads(boothId: string, tz: string): Promise<ReportRow[]> {
    return this.db.query<ReportRow[]>(
      `SELECT ${wib('l.created_at')} AS time_wib, l.kind, ${VISITOR_NAME} AS visitor,
              CASE WHEN u.lead_consent THEN u.role END AS role,
              CASE WHEN u.lead_consent THEN bp.company END AS company,
              CASE WHEN u.lead_consent THEN bp.country END AS country, p.name_id AS product
         FROM lead l LEFT JOIN app_user u ON u.id = l.user_id
         LEFT JOIN buyer_profile bp ON bp.user_id = l.user_id LEFT JOIN product p ON p.id = l.product_id
        WHERE l.booth_id = $1 ORDER BY l.created_at DESC LIMIT 50000`,
      [boothId, tz],
    );
  }

  /** The exhibitor and its booth, when it is in this event and has one. */
  async ownBooth(exhibitorId: string, eventId: string): Promise<OwnBooth | null> {
    const [own] = await this.db.query<{ exhibitor_id: string; booth_id: string }[]>(
      `SELECT e.id AS exhibitor_id, b.id AS booth_id FROM exhibitor e JOIN booth b ON b.exhibitor_id = e.id
        WHERE e.id = $1 AND e.event_id = $2`,
      [exhibitorId, eventId],
    );
    return own ? { exhibitorId: own.exhibitor_id, boothId: own.booth_id } : null;
  }
}
