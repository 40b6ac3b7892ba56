import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MyReportKind } from '@pameran/contracts';
import { DataSource } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import type { EventEntity } from '../events/event.entity';
import { plainColumns, toCsv, type CsvValue } from './csv';
import { DEAL_ROWS_SQL, MEETING_ROWS_SQL, wib } from './report-sql';
import { DEAL_COLUMNS, MEETING_COLUMNS } from './reports.service';
import { ConsoleException } from './console.exception';

type Row = Record<string, CsvValue>;

/** Visitors appear by name only when they agreed to be shown to exhibitors (lead consent). */
const VISITOR_NAME = `CASE WHEN u.lead_consent THEN u.display_name END`;

const VISITOR_COLUMNS = [
  'visitor',
  'role',
  'company',
  'country',
  'visits',
  'first_visit_wib',
  'last_visit_wib',
] as const;
const LEAD_COLUMNS = ['time_wib', 'kind', 'visitor', 'role', 'company', 'country', 'product'] as const;

/**
 * An exhibitor's own slice of the reports: their visitors, leads, meetings and deals as CSV. The caller's
 * exhibitor comes from their account (owner or staff), never from the request.
 */
@Injectable()
export class MyReportService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async csv(caller: Caller, event: EventEntity, kind: MyReportKind): Promise<string> {
    const own = await this.ownBooth(caller, event.id);
    const tz = event.timeZone;
    switch (kind) {
      case 'visitors':
        return toCsv(
          plainColumns<Row>(VISITOR_COLUMNS),
          await this.db.query<Row[]>(
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
            [own.boothId, tz],
          ),
        );
      case 'leads':
        return toCsv(
          plainColumns<Row>(LEAD_COLUMNS),
          await this.db.query<Row[]>(
            `SELECT ${wib('l.created_at')} AS time_wib, l.kind, ${VISITOR_NAME} AS visitor,
                    CASE WHEN u.lead_consent THEN u.role END AS role,
                    CASE WHEN u.lead_consent THEN bp.company END AS company,
                    CASE WHEN u.lead_consent THEN bp.country END AS country, p.name_id AS product
               FROM lead l LEFT JOIN app_user u ON u.id = l.user_id
               LEFT JOIN buyer_profile bp ON bp.user_id = l.user_id LEFT JOIN product p ON p.id = l.product_id
              WHERE l.booth_id = $1 ORDER BY l.created_at DESC LIMIT 50000`,
            [own.boothId, tz],
          ),
        );
      case 'meetings':
        return toCsv(
          plainColumns<Row>(MEETING_COLUMNS),
          await this.db.query<Row[]>(`${MEETING_ROWS_SQL} WHERE m.exhibitor_id = $1 ORDER BY m.starts_at`, [
            own.exhibitorId,
            tz,
          ]),
        );
      case 'deals':
        return toCsv(
          plainColumns<Row>(DEAL_COLUMNS),
          await this.db.query<Row[]>(`${DEAL_ROWS_SQL} WHERE d.exhibitor_id = $1 ORDER BY d.created_at`, [
            own.exhibitorId,
            tz,
          ]),
        );
    }
  }

  private async ownBooth(caller: Caller, eventId: string) {
    const [own] = await this.db.query<{ exhibitor_id: string; booth_id: string }[]>(
      `SELECT e.id AS exhibitor_id, b.id AS booth_id FROM app_user u
         JOIN exhibitor e ON e.id = u.exhibitor_id JOIN booth b ON b.exhibitor_id = e.id
        WHERE u.id = $1 AND e.event_id = $2`,
      [caller.sub, eventId],
    );
    if (!own) {
      throw new ConsoleException('no_booth', 'Your account has no booth in this event');
    }
    return { exhibitorId: own.exhibitor_id, boothId: own.booth_id };
  }
}
