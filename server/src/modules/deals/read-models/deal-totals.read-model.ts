import type { DealTotals } from '@pameran/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

type Row = { key: string; name?: string; value: string; deals: string };

/** A deal counts in the public figures when both parties confirmed it and it was verified. */
export const COUNTS_PUBLICLY = `d.confirmed_at IS NOT NULL AND d.verification = 'verified'`;

/**
 * Verified deals summed for the event and per category, region, exhibitor and buyer country. Reads deals'
 * own `deal` with the exhibitors module's `exhibitor` and the users module's `buyer_profile`; never writes.
 * A plain function too, so the console's reports can sum inside their own read transaction.
 */
export async function dealTotals(m: EntityManager, eventId: string): Promise<DealTotals> {
  const by = async (key: string, join = '', name = 'NULL'): Promise<Row[]> =>
    m.query(
      `SELECT ${key} AS key, ${name} AS name, SUM(d.value)::text AS value, COUNT(*)::text AS deals
         FROM deal d JOIN exhibitor x ON x.id = d.exhibitor_id ${join}
        WHERE d.event_id = $1 AND ${COUNTS_PUBLICLY}
        GROUP BY 1, 2 ORDER BY SUM(d.value) DESC LIMIT 100`,
      [eventId],
    );
  const bucket = (r: Row) => ({ key: r.key, value: Number(r.value), deals: Number(r.deals) });
  const [category, region, exhibitor, country] = await Promise.all([
    by('x.category'),
    by('x.region'),
    by('x.id::text', '', 'x.name'),
    by("COALESCE(bp.country, '??')", 'LEFT JOIN buyer_profile bp ON bp.user_id = d.buyer_id'),
  ]);
  const total = category.reduce((s, r) => s + Number(r.value), 0);
  const deals = category.reduce((s, r) => s + Number(r.deals), 0);
  return {
    total,
    deals,
    byCategory: category.map(bucket),
    byRegion: region.map(bucket),
    byExhibitor: exhibitor.map((r) => ({ ...bucket(r), name: r.name ?? '' })),
    byBuyerCountry: country.map(bucket),
  };
}

export interface ClaimedAndVerified {
  /** Confirmed by both parties and not rejected: what the parties claim. */
  claimed: { total: number; count: number };
  verified: { total: number; count: number };
  /** Confirmed and still claimed: the organiser's verification queue. */
  awaiting: number;
}

/** The organiser's two totals of an event: what the parties claim against what was verified. */
export async function claimedAndVerified(
  m: Pick<EntityManager, 'query'>,
  eventId: string,
): Promise<ClaimedAndVerified> {
  const [r] = await m.query<Record<string, string | null>[]>(
    `SELECT COALESCE(SUM(value) FILTER (WHERE verification <> 'rejected'), 0)::text AS claimed_value,
            COUNT(*) FILTER (WHERE verification <> 'rejected') AS claimed,
            COALESCE(SUM(value) FILTER (WHERE verification = 'verified'), 0)::text AS verified_value,
            COUNT(*) FILTER (WHERE verification = 'verified') AS verified,
            COUNT(*) FILTER (WHERE verification = 'claimed') AS awaiting
       FROM deal WHERE event_id = $1 AND confirmed_at IS NOT NULL`,
    [eventId],
  );
  const n = (v: string | null) => Number(v ?? 0);
  return {
    claimed: { total: n(r.claimed_value), count: n(r.claimed) },
    verified: { total: n(r.verified_value), count: n(r.verified) },
    awaiting: n(r.awaiting),
  };
}

/** The deal totals of an event (see {@link dealTotals} and {@link claimedAndVerified}). */
@Injectable()
export class DealTotalsReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  totals(eventId: string): Promise<DealTotals> {
    return dealTotals(this.db.manager, eventId);
  }

  claimedAndVerified(eventId: string): Promise<ClaimedAndVerified> {
    return claimedAndVerified(this.db.manager, eventId);
  }
}
