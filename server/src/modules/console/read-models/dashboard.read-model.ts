import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Category, DashboardSeries, DealTotals, RankedBooth } from '@pameran/contracts';
import { DataSource } from 'typeorm';
import {
  COUNTS_PUBLICLY,
  claimedAndVerified,
  dealTotals,
} from '../../deals/read-models/deal-totals.read-model';

/**
 * The console's figures of one event. Reads other modules' tables: booths' `booth`, exhibitors'
 * `exhibitor`, leads' `lead`, chat's `chat_message`, matching's `meeting` and deals' `deal`. Leads and chat
 * rows carry no event id: they are reached through the event's booths.
 *
 * The statements are plain functions over anything with `query(sql, params)` (a TypeORM DataSource or
 * EntityManager, or a pg client wrapped the same way by bench/dashboard-queries.mjs, which imports the
 * built file so the benchmark measures exactly these statements); {@link DashboardReadModel} runs them
 * against the application's database.
 */
export interface Queryable {
  query<T = unknown>(sql: string, params?: unknown[]): Promise<T>;
}

const n = (v: string | number | null | undefined) => Number(v ?? 0);
const EVENT_BOOTHS = 'SELECT id FROM booth WHERE event_id = $1';

const EVENT_ZONE = 'SELECT time_zone FROM event WHERE id = $1';

/**
 * Leads of one kind at the event's booths, one row per visitor, booth and day in the fair's zone: entering a
 * booth again or clicking WhatsApp again the same day counts once (docs/domain.md, "Leads"), so rankings,
 * lead counts and the heat map cannot be pumped by repeating. Raw rows stay for the exhibitor's lead list.
 * Clicks without an account (`user_id` NULL) count once per booth and day together; people forgotten by
 * retention or erasure count by their one-way `visitor_key`.
 */
export const visitorDays = (kind: 'visit' | 'whatsapp', booths = EVENT_BOOTHS) =>
  `SELECT l.booth_id, coalesce(l.user_id::text, l.visitor_key) AS user_id, min(l.created_at) AS first_at,
          max(l.created_at) AS last_at
     FROM lead l WHERE l.kind = '${kind}' AND l.booth_id IN (${booths})
    GROUP BY l.booth_id, 2, (l.created_at AT TIME ZONE (${EVENT_ZONE}))::date`;

/**
 * Distinct counts are taken in two steps (group by the user first, then count the groups): PostgreSQL
 * hashes the inner GROUP BY, where `count(DISTINCT …)` sorts every row — about 3× slower on 50,000 visits.
 * `visits` counts visitor-booth-days; `lastHour` those with a visit in the last hour.
 */
export async function visitFigures(q: Queryable, eventId: string) {
  const [r] = await q.query<Record<string, string>[]>(
    `SELECT sum(v.visits) AS visits, count(v.user_id) AS uniques, sum(v.last_hour) AS last_hour,
            (SELECT count(*) FROM (${visitorDays('whatsapp')}) w) AS whatsapp
       FROM (SELECT d.user_id, count(*) AS visits,
                    count(*) FILTER (WHERE d.last_at > now() - interval '1 hour') AS last_hour
               FROM (${visitorDays('visit')}) d
              GROUP BY d.user_id) v`,
    [eventId],
  );
  return {
    visits: { total: n(r.visits), uniques: n(r.uniques), lastHour: n(r.last_hour) },
    whatsappClicks: n(r.whatsapp),
  };
}

export async function chatFigures(q: Queryable, eventId: string) {
  const [r] = await q.query<Record<string, string>[]>(
    `SELECT count(*) FILTER (WHERE deleted_at IS NULL) AS messages,
            count(*) FILTER (WHERE deleted_at IS NULL AND created_at > now() - interval '1 hour') AS last_hour,
            count(*) FILTER (WHERE deleted_at IS NOT NULL) AS deleted
       FROM chat_message WHERE booth_id IN (${EVENT_BOOTHS})`,
    [eventId],
  );
  return { messages: n(r.messages), lastHour: n(r.last_hour), deleted: n(r.deleted) };
}

/** Counts per value of a status column, with every known value present (0 when none). */
async function statusCounts<K extends string>(
  q: Queryable,
  sql: string,
  eventId: string,
  keys: readonly K[],
): Promise<Record<K, number>> {
  const rows = await q.query<{ status: K; count: string }[]>(sql, [eventId]);
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const r of rows) if (r.status in out) out[r.status] = n(r.count);
  return out;
}

export const meetingCounts = <K extends string>(q: Queryable, eventId: string, keys: readonly K[]) =>
  statusCounts(
    q,
    'SELECT status, count(*) AS count FROM meeting WHERE event_id = $1 GROUP BY status',
    eventId,
    keys,
  );

export const exhibitorCounts = <K extends string>(q: Queryable, eventId: string, keys: readonly K[]) =>
  statusCounts(
    q,
    'SELECT status, count(*) AS count FROM exhibitor WHERE event_id = $1 GROUP BY status',
    eventId,
    keys,
  );

export async function boothCount(q: Queryable, eventId: string): Promise<number> {
  const [r] = await q.query<{ count: string }[]>('SELECT count(*) AS count FROM booth WHERE event_id = $1', [
    eventId,
  ]);
  return n(r.count);
}

interface RankRow {
  booth_id: string;
  exhibitor_id: string;
  name: string;
  zone: Category;
  region: string;
  position_x: number;
  position_z: number;
  visits: string;
  uniques: string;
  whatsapp: string;
  chats: string;
  held: string;
  deals_value: string;
}

export const RANK_SORTS = {
  visits: 'visits',
  uniques: 'uniques',
  chats: 'chats',
  whatsapp: 'whatsapp',
  dealsValue: 'deals_value',
} as const;

/**
 * Every booth of the event with its visits and WhatsApp clicks (once per visitor and day), unique visitors, chat messages, WhatsApp clicks, meetings
 * held and verified deal value; busiest first. `liveVisitors` is filled in by the caller from presence.
 */
export async function boothRanking(
  q: Queryable,
  eventId: string,
  opts: { sort?: keyof typeof RANK_SORTS; limit?: number; category?: Category } = {},
): Promise<RankedBooth[]> {
  const params: unknown[] = [eventId];
  let where = 'b.event_id = $1';
  if (opts.category) {
    params.push(opts.category);
    where += ` AND b.zone = $${params.length}`;
  }
  const order = RANK_SORTS[opts.sort ?? 'visits'];
  const limit = opts.limit ? `LIMIT ${Math.floor(opts.limit)}` : '';
  const rows = await q.query<RankRow[]>(
    `WITH per_user AS (
       SELECT booth_id, user_id, count(*) FILTER (WHERE kind = 'visit') AS visits,
              count(*) FILTER (WHERE kind = 'whatsapp') AS whatsapp
         FROM (SELECT booth_id, user_id, 'visit' AS kind FROM (${visitorDays('visit')}) v
               UNION ALL
               SELECT booth_id, user_id, 'whatsapp' FROM (${visitorDays('whatsapp')}) w) once
        GROUP BY booth_id, user_id),
     l AS (SELECT booth_id, sum(visits) AS visits, count(*) FILTER (WHERE visits > 0) AS uniques,
                  sum(whatsapp) AS whatsapp
             FROM per_user GROUP BY booth_id),
     c AS (SELECT booth_id, count(*) AS chats FROM chat_message
            WHERE deleted_at IS NULL AND booth_id IN (${EVENT_BOOTHS}) GROUP BY booth_id),
     m AS (SELECT exhibitor_id, count(*) AS held FROM meeting
            WHERE event_id = $1 AND status = 'held' GROUP BY exhibitor_id),
     d AS (SELECT exhibitor_id, sum(value) AS deals_value FROM deal d
            WHERE event_id = $1 AND ${COUNTS_PUBLICLY} GROUP BY exhibitor_id)
     SELECT b.id AS booth_id, b.exhibitor_id, e.name, b.zone, e.region, b.position_x, b.position_z,
            coalesce(l.visits, 0) AS visits, coalesce(l.uniques, 0) AS uniques,
            coalesce(l.whatsapp, 0) AS whatsapp, coalesce(c.chats, 0) AS chats,
            coalesce(m.held, 0) AS held, coalesce(d.deals_value, 0) AS deals_value
       FROM booth b JOIN exhibitor e ON e.id = b.exhibitor_id
       LEFT JOIN l ON l.booth_id = b.id LEFT JOIN c ON c.booth_id = b.id
       LEFT JOIN m ON m.exhibitor_id = b.exhibitor_id LEFT JOIN d ON d.exhibitor_id = b.exhibitor_id
      WHERE ${where}
      ORDER BY ${order} DESC, e.name ${limit}`,
    params,
  );
  return rows.map((r) => ({
    boothId: r.booth_id,
    exhibitorId: r.exhibitor_id,
    name: r.name,
    category: r.zone,
    region: r.region,
    position: { x: Number(r.position_x), z: Number(r.position_z) },
    visits: n(r.visits),
    uniques: n(r.uniques),
    chats: n(r.chats),
    whatsapp: n(r.whatsapp),
    meetingsHeld: n(r.held),
    dealsValue: n(r.deals_value),
    liveVisitors: 0,
  }));
}

/**
 * Visits (a visitor's first at a booth that day) and unique visitors per time bucket (in the fair's zone)
 * and category; chat messages per bucket.
 * Buckets come from `date_bin` against a midnight in the fair's zone (arithmetic, no zone lookup per row;
 * right for zones without daylight saving, which Indonesia's are).
 */
export async function series(
  q: Queryable,
  eventId: string,
  opts: { bucket: 'hour' | 'day'; boothId?: string; timeZone: string },
): Promise<Omit<DashboardSeries, 'bucket'>> {
  const params: unknown[] = [eventId, `1 ${opts.bucket}`, opts.timeZone];
  let booth = '';
  if (opts.boothId) {
    params.push(opts.boothId);
    booth = ' AND b.id = $4';
  }
  const bucket = (column: string) =>
    `date_bin($2::interval, ${column}, timestamp '2000-01-01' AT TIME ZONE $3)`;
  const [visits, chat] = await Promise.all([
    q.query<{ at: Date; category: Category; visits: string; uniques: string }[]>(
      `SELECT at, category, sum(c) AS visits, count(*) AS uniques
         FROM (SELECT ${bucket('d.first_at')} AS at, b.zone AS category, d.user_id, count(*) AS c
                 FROM (${visitorDays('visit')}) d JOIN booth b ON b.id = d.booth_id${booth}
                GROUP BY 1, 2, 3) per_user
        GROUP BY 1, 2 ORDER BY 1, 2`,
      params,
    ),
    q.query<{ at: Date; messages: string }[]>(
      `SELECT ${bucket('m.created_at')} AS at, count(*) AS messages
         FROM chat_message m JOIN booth b ON b.id = m.booth_id AND b.event_id = $1${booth}
        WHERE m.deleted_at IS NULL GROUP BY 1 ORDER BY 1`,
      params,
    ),
  ]);
  const iso = (d: Date | string) => new Date(d).toISOString();
  return {
    visits: visits.map((r) => ({
      at: iso(r.at),
      category: r.category,
      visits: n(r.visits),
      uniques: n(r.uniques),
    })),
    chat: chat.map((r) => ({ at: iso(r.at), messages: n(r.messages) })),
  };
}

export type RankingOptions = Parameters<typeof boothRanking>[2];

/** The statements above against the application's database (read only). */
@Injectable()
export class DashboardReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  visitFigures = (eventId: string) => visitFigures(this.db, eventId);
  chatFigures = (eventId: string) => chatFigures(this.db, eventId);
  meetingCounts = <K extends string>(eventId: string, keys: readonly K[]) =>
    meetingCounts(this.db, eventId, keys);
  exhibitorCounts = <K extends string>(eventId: string, keys: readonly K[]) =>
    exhibitorCounts(this.db, eventId, keys);
  boothCount = (eventId: string) => boothCount(this.db, eventId);
  boothRanking = (eventId: string, opts?: RankingOptions) => boothRanking(this.db, eventId, opts);
  series = (eventId: string, opts: Parameters<typeof series>[2]) => series(this.db, eventId, opts);
  /** Verified deals, summed as the deals module sums them. */
  dealTotals = (eventId: string): Promise<DealTotals> => dealTotals(this.db.manager, eventId);
  /** Claimed against verified deals, as the deals module's verification queue counts them. */
  claimedAndVerified = (eventId: string) => claimedAndVerified(this.db.manager, eventId);
}
