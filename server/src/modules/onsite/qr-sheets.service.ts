import { Injectable } from '@nestjs/common';
import type { Category, VenueTable } from '@pameran/contracts';
import { invalid, notFound } from '../../common/common.exception';
import { AppConfig } from '../../config/app-config';
import { EventsService } from '../events/events.service';
import { QrSheetsReadModel } from './read-models/qr-sheets.read-model';
import { qrSheetPdf } from './qr-sheet-pdf';

/** A zone's name as printed: "pertanian_perkebunan" → "Pertanian & perkebunan". */
const zoneName = (zone: Category) => zone.charAt(0).toUpperCase() + zone.slice(1).replace(/_/g, ' & ');

/**
 * The organiser's printable QR sheets (docs/decisions/0021-on-site-qr.md): one PDF per hall zone with a
 * code per booth, one per fair day with a code per venue table. Every code is a link into the app on the
 * public origin (the one mailed links use), so any phone camera opens the booth or the table.
 */
@Injectable()
export class QrSheetsService {
  constructor(
    private readonly rows: QrSheetsReadModel,
    private readonly events: EventsService,
    private readonly config: AppConfig,
  ) {}

  /** Where the fair's pages live (`/e/<slug>`): a printed code must open this fair's page, not any fair's. */
  private fairOrigin(slug: string): string {
    return `${this.config.linkOrigin}/e/${encodeURIComponent(slug)}`;
  }

  async booths(slug: string, zone: Category): Promise<Buffer> {
    const event = await this.events.findEntity(slug);
    const booths = await this.rows.booths(event.id, zone);
    return qrSheetPdf(
      `${event.nameId} · Zona ${zoneName(zone)}`,
      booths.map((b) => ({
        url: `${this.fairOrigin(event.slug)}/booths/${b.id}`,
        // Slots count from 0 in the hall's layout; people count booths from 1.
        lines: [b.name, `Booth No. ${b.slot + 1} · Zona ${zoneName(zone)}`],
      })),
    );
  }

  async tables(slug: string, day: string): Promise<Buffer> {
    const event = await this.events.findEntity(slug);
    if (day < event.startsOn || day > event.endsOn)
      throw invalid('day', `The fair runs from ${event.startsOn} to ${event.endsOn}`);
    const tables = await this.rows.tables(event.id, day, event.timeZone);
    const date = new Intl.DateTimeFormat('id-ID', { dateStyle: 'full', timeZone: 'UTC' }).format(
      new Date(`${day}T00:00:00Z`),
    );
    return qrSheetPdf(
      `${event.nameId} · Meja temu bisnis · ${date}`,
      tables.map((t) => ({
        url: `${this.fairOrigin(event.slug)}/tables/${t.id}?day=${day}`,
        lines: [`Meja ${t.label}`, date, `${t.meetings} pertemuan / meetings`],
      })),
    );
  }

  /** The page a table's code opens: its label and the times booked at it that day. */
  async table(slug: string, tableId: string, day: string): Promise<VenueTable> {
    const event = await this.events.findEntity(slug);
    const table = await this.rows.table(event.id, tableId, day, event.timeZone);
    if (!table) throw notFound('Table');
    return {
      id: tableId,
      label: table.label,
      day,
      booked: table.booked.map((b) => ({
        startsAt: new Date(b.starts_at).toISOString(),
        endsAt: new Date(b.ends_at).toISOString(),
      })),
    };
  }
}
