import type { DealTotals } from '@pameran/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

type Row = { key: string; name?: string; value: string; deals: string };

/**
 * Confirmed deals summed for the event and per category, region, exhibitor and buyer country. Reads deals'
 * own `deal` with the exhibitors module's `exhibitor` and the users module's `buyer_profile`; never writes.
 * A plain function too, so the console's reports can sum inside their own read transaction.
 */
export async function dealTotals(m: EntityManager, eventId: string): Promise<DealTotals> {
  const by = async (key: string, join = '', name = 'NULL'): Promise<Row[]> =>
    m.query(
      `SELECT ${key} AS key, ${name} AS name, SUM(d.value)::text AS value, COUNT(*)::text AS deals
         FROM deal d JOIN exhibitor x ON x.id = d.exhibitor_id ${join}
        WHERE d.event_id = $1 AND d.confirmed_at IS NOT NULL
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

/** The deal totals of an event (see {@link dealTotals}). */
@Injectable()
export class DealTotalsReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  totals(eventId: string): Promise<DealTotals> {
    return dealTotals(this.db.manager, eventId);
  }
}
