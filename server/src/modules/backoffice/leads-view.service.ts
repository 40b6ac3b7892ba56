import { Injectable } from '@nestjs/common';
import type { LeadItem, LeadsQuery, LeadsSummary, List } from '@pameran/contracts';
import { notFound } from '../../common/common.exception';
import { zoneColumn, zonedStamp } from '../../common/fair-time';
import { decodeCursor, page } from '../../common/pagination';
import type { BoothAccess } from './booth-access.service';
import { BoothLeadsReadModel, type ItemRow } from './read-models/booth-leads.read-model';

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
    note: r.note,
    score: r.score === null ? null : Number(r.score),
  };
}

/** A CSV cell; text that a spreadsheet would run as a formula is prefixed with a quote. */
function csvCell(v: string | null): string {
  const s = (v ?? '').replace(/^([=+\-@\t\r])/, "'$1");
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A booth's leads: booth visits, WhatsApp clicks and meetings from the lead table, plus one entry per
 * visitor who chatted (from the booth chat). Visitors appear by name only when they consented.
 */
@Injectable()
export class LeadsViewService {
  constructor(private readonly leads: BoothLeadsReadModel) {}

  async list(access: BoothAccess, query: LeadsQuery): Promise<List<LeadItem>> {
    const offset = decodeCursor(query.cursor);
    const rows = await this.leads.rows(access.boothId, query.kind ?? null, query.limit, offset);
    return page(rows.map(toItem), rows.length ? Number(rows[0].total) : 0, offset);
  }

  /** One lead of the booth; not found when it is not this booth's. */
  async one(access: BoothAccess, id: string): Promise<LeadItem> {
    const row = await this.leads.one(access.boothId, id);
    if (!row) throw notFound('Lead');
    return toItem(row);
  }

  async summary(access: BoothAccess): Promise<LeadsSummary> {
    const zone = await this.leads.timeZone(access.boothId);
    const [totals, days, deals] = await Promise.all([
      this.leads.totals(access.boothId, zone),
      this.leads.perDay(access.boothId, zone),
      this.leads.deals(access.boothId),
    ]);
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

  /** Every lead of the booth as CSV, newest first; times in the fair's zone, named by the columns (`time_wita`). */
  async csv(access: BoothAccess): Promise<string> {
    const [rows, zone] = await Promise.all([
      this.leads.rows(access.boothId, null, CSV_MAX_ROWS, 0),
      this.leads.timeZone(access.boothId),
    ]);
    const local = (d: Date | null) => zonedStamp(d, zone);
    const z = zoneColumn(zone);
    const header = `time_${z},kind,name,role,company,country,product,ended_${z},note,score`;
    const lines = rows.map((r) => {
      const item = toItem(r);
      return [
        local(r.at),
        r.kind,
        item.visitor?.name ?? '',
        item.visitor?.role ?? '',
        item.visitor?.company ?? '',
        item.visitor?.country ?? '',
        r.product_name,
        local(r.ended_at),
        r.note,
        r.score === null ? null : String(r.score),
      ]
        .map(csvCell)
        .join(',');
    });
    return `\ufeff${[header, ...lines].join('\r\n')}\r\n`;
  }
}
