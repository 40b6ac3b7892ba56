import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  FUNNEL_STEPS,
  type FunnelCounts,
  type FunnelRates,
  type FunnelRow,
  type MeetingFunnel,
} from '@pameran/contracts';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The funnel from meeting request to deal, of an event or of one exhibitor, in total and by the exhibitor's
 * category and region. Reads matching's `meeting_request`, `meeting`, deals' `deal`, the exhibitors module's
 * `exhibitor` and our own `meeting_outcome`; never writes.
 *
 * Counting rules (one unit all the way down: a request, and the meeting booked from it):
 * - **requests**: every meeting request made at the event, whatever became of it (pending, declined,
 *   expired, withdrawn, accepted).
 * - **accepted**: requests that got a meeting (accepted straight away or after a counter-proposal), even if
 *   the meeting was later cancelled.
 * - **held**: meetings that took place — marked held (video attendance or the parties, on site) — or that
 *   were neither cancelled nor missed and either side recorded an outcome or a confirmed deal names them
 *   (a side that records an outcome says the meeting happened; on-site meetings are often never marked).
 * - **followUp**: held meetings where at least one side recorded an outcome other than "no fit", or that a
 *   confirmed deal names. When the sides disagree (one says no fit, the other negotiating) the meeting
 *   counts: one side still pursues it.
 * - **dealsConfirmed**: follow-ups named by at least one deal both parties confirmed and the organiser did
 *   not reject; **dealsVerified**: of those, named by at least one verified deal. Meetings are counted, not
 *   deals, so several deals from one meeting count once and every step is a subset of the one before.
 *   Deals recorded without a meeting are outside the funnel (they are in the deal totals).
 * - A meeting with several buyers (a requester and colleagues) is one request and counts once.
 * Each step's rate is its share of the step before (null when that step is zero).
 */
@Injectable()
export class MeetingFunnelReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The event's funnel, or one exhibitor's when `exhibitorId` is given. */
  async funnel(eventId: string, exhibitorId: string | null = null, m: EntityManager = this.db.manager) {
    const rows: Row[] = await m.query(SQL, [eventId, exhibitorId]);
    const total = rows.find((r) => r.by === 'total');
    const grouped = (by: Row['by']) =>
      rows.filter((r) => r.by === by).map((r) => ({ key: r.key as string, ...funnelRow(r) }));
    const result: MeetingFunnel = {
      total: total ? funnelRow(total) : funnelRow({}),
      byCategory: grouped('category'),
      byRegion: grouped('region'),
    };
    return result;
  }
}

type Row = { by: 'total' | 'category' | 'region'; key: string | null } & Record<string, string>;

const SQL = `
  WITH r AS (
    SELECT q.exhibitor_id, mt.id AS meeting_id,
           mt.status = 'held' OR (mt.status IN ('scheduled', 'live') AND (o.any_outcome OR d.confirmed))
             AS held,
           COALESCE(o.onward, false) OR COALESCE(d.confirmed, false) AS onward,
           COALESCE(d.confirmed, false) AS confirmed,
           COALESCE(d.verified, false) AS verified
      FROM meeting_request q
      LEFT JOIN meeting mt ON mt.request_id = q.id
      LEFT JOIN LATERAL (
        SELECT true AS any_outcome, bool_or(o.outcome <> 'no_fit') AS onward
          FROM meeting_outcome o WHERE o.meeting_id = mt.id HAVING COUNT(*) > 0
      ) o ON true
      LEFT JOIN LATERAL (
        SELECT true AS confirmed, bool_or(d.verification = 'verified') AS verified
          FROM deal d
         WHERE d.meeting_id = mt.id AND d.confirmed_at IS NOT NULL AND d.verification <> 'rejected'
        HAVING COUNT(*) > 0
      ) d ON true
     WHERE q.event_id = $1 AND ($2::uuid IS NULL OR q.exhibitor_id = $2::uuid)
  )
  SELECT CASE WHEN GROUPING(x.category) = 0 THEN 'category'
              WHEN GROUPING(x.region) = 0 THEN 'region' ELSE 'total' END AS by,
         COALESCE(x.category, x.region) AS key,
         COUNT(*) AS requests,
         COUNT(r.meeting_id) AS accepted,
         COUNT(*) FILTER (WHERE r.held) AS held,
         COUNT(*) FILTER (WHERE r.held AND r.onward) AS "followUp",
         COUNT(*) FILTER (WHERE r.held AND r.onward AND r.confirmed) AS "dealsConfirmed",
         COUNT(*) FILTER (WHERE r.held AND r.onward AND r.confirmed AND r.verified) AS "dealsVerified"
    FROM r JOIN exhibitor x ON x.id = r.exhibitor_id
   GROUP BY GROUPING SETS ((), (x.category), (x.region))
   ORDER BY 1, 3 DESC, 2`;

/** Counts and step rates from a row of the query (absent counts are zero). */
export function funnelRow(row: Partial<Record<string, string | number | null>>): FunnelRow {
  const counts = Object.fromEntries(FUNNEL_STEPS.map((s) => [s, Number(row[s] ?? 0)])) as FunnelCounts;
  const rates = Object.fromEntries(
    FUNNEL_STEPS.slice(1).map((s, i) => {
      const before = counts[FUNNEL_STEPS[i]];
      return [s, before === 0 ? null : counts[s] / before];
    }),
  ) as FunnelRates;
  return { counts, rates };
}
