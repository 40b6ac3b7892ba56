import { Injectable } from '@nestjs/common';
import {
  EXHIBITOR_STATUSES,
  MEETING_STATUSES,
  type RankedBooth,
  type ReportKind,
  type ReportSummary,
} from '@pameran/contracts';
import { EventsService } from '../events/events.service';
import { inZone, plainColumns, toCsv, type CsvFile, type CsvValue } from './csv';
import { DashboardReadModel } from './read-models/dashboard.read-model';
import { ReportsReadModel, type ReportRow as Row } from './read-models/reports.read-model';

/** What a report needs of its event (the events module's record has these). */
export interface ReportEvent {
  id: string;
  slug: string;
  nameId: string;
  nameEn: string;
  startsOn: string;
  endsOn: string;
  timeZone: string;
}

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
  'verification',
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
  constructor(
    private readonly events: EventsService,
    private readonly rows: ReportsReadModel,
    private readonly figures: DashboardReadModel,
  ) {}

  /** One of the event's CSV files, named `<slug>-<kind>.csv`. */
  async csv(slug: string, kind: ReportKind): Promise<CsvFile> {
    const event = await this.events.findEntity(slug);
    return { filename: `${event.slug}-${kind}.csv`, body: await this.table(event, kind) };
  }

  async summary(slug: string): Promise<ReportSummary> {
    const event = await this.events.findEntity(slug);
    const f = this.figures;
    const [visits, chat, meetings, exhibitors, booths, deals, top, byCategory, byDay, products] =
      await Promise.all([
        f.visitFigures(event.id),
        f.chatFigures(event.id),
        f.meetingCounts(event.id, MEETING_STATUSES),
        f.exhibitorCounts(event.id, EXHIBITOR_STATUSES),
        f.boothCount(event.id),
        f.dealTotals(event.id),
        f.boothRanking(event.id, { limit: 10 }),
        this.rows.visitsByCategory(event.id),
        this.rows.visitsByDay(event.id, event.timeZone),
        this.rows.productCount(event.id),
      ]);
    return {
      event: { slug: event.slug, name: { id: event.nameId, en: event.nameEn } },
      from: event.startsOn,
      to: event.endsOn,
      generatedAt: new Date().toISOString(),
      exhibitors,
      booths,
      products,
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
      visitsByCategory: byCategory,
      visitsByDay: byDay,
      topBooths: top,
    };
  }

  private async table(event: ReportEvent, kind: ReportKind): Promise<string> {
    const tz = event.timeZone;
    switch (kind) {
      case 'exhibitors':
        return toCsv(
          inZone(plainColumns<Row>(EXHIBITOR_COLUMNS), tz),
          await this.rows.exhibitors(event.id, tz),
        );
      case 'products':
        return toCsv(plainColumns<Row>(PRODUCT_COLUMNS), await this.rows.products(event.id));
      case 'leads':
        return toCsv(LEAD_COLUMNS, await this.figures.boothRanking(event.id));
      case 'meetings':
        return toCsv(
          inZone(plainColumns<Row>(MEETING_COLUMNS), tz),
          await this.rows.meetings({ eventId: event.id }, tz),
        );
      case 'deals':
        return toCsv(
          inZone(plainColumns<Row>(DEAL_COLUMNS), tz),
          await this.rows.deals({ eventId: event.id }, tz),
        );
    }
  }
}
