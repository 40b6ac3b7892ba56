import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Category } from '@pameran/contracts';
import { DataSource } from 'typeorm';

export interface SheetBooth {
  id: string;
  name: string;
  slot: number;
}

export interface SheetTable {
  id: string;
  label: string;
  /** Meetings booked at the table on the sheet's day (not cancelled). */
  meetings: number;
}

/**
 * What the printable QR sheets list. Reads booths' `booth` with exhibitors' `exhibitor` (the pesantren's
 * name), and matching's `meeting_table` and `meeting` (the tables of the fair and how busy each is that day).
 */
@Injectable()
export class QrSheetsReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The booths of one zone, in slot order (the order they stand in the hall). */
  booths(eventId: string, zone: Category): Promise<SheetBooth[]> {
    return this.db.query<SheetBooth[]>(
      `SELECT b.id, e.name, b.slot FROM booth b JOIN exhibitor e ON e.id = b.exhibitor_id
        WHERE b.event_id = $1 AND b.zone = $2 ORDER BY b.slot, e.name`,
      [eventId, zone],
    );
  }

  /** The fair's tables in use, by label, with their meetings on `day` (a date in the zone `tz`). */
  async tables(eventId: string, day: string, tz: string): Promise<SheetTable[]> {
    const rows = await this.db.query<(SheetTable & { meetings: string })[]>(
      `SELECT t.id, t.label,
              (SELECT count(*) FROM meeting m WHERE m.table_id = t.id AND m.status <> 'cancelled'
                 AND (m.starts_at AT TIME ZONE $3)::date = $2::date) AS meetings
         FROM meeting_table t WHERE t.event_id = $1 AND t.active ORDER BY t.label`,
      [eventId, day, tz],
    );
    return rows.map((r) => ({ ...r, meetings: Number(r.meetings) }));
  }

  /** One active table of the fair and its bookings on `day` (times only), or undefined. */
  async table(
    eventId: string,
    tableId: string,
    day: string,
    tz: string,
  ): Promise<{ label: string; booked: { starts_at: Date; ends_at: Date }[] } | undefined> {
    const [table] = await this.db.query<{ label: string }[]>(
      `SELECT label FROM meeting_table WHERE id = $1 AND event_id = $2 AND active`,
      [tableId, eventId],
    );
    if (!table) return undefined;
    const booked = await this.db.query<{ starts_at: Date; ends_at: Date }[]>(
      `SELECT starts_at, ends_at FROM meeting WHERE table_id = $1 AND status <> 'cancelled'
          AND (starts_at AT TIME ZONE $3)::date = $2::date ORDER BY starts_at`,
      [tableId, day, tz],
    );
    return { label: table.label, booked };
  }
}
