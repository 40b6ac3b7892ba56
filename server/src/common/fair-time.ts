import { zoneAbbreviation, zoneOffsetMinutes, type Locale } from '@pameran/contracts';

/*
 * Times the server writes into texts (error messages, mail, CSV files) in a fair's own zone, with the zone
 * named the way Indonesians name it (WIB, WITA, WIT). One place, so no file keeps a fixed WIB of its own
 * (docs/decisions/0034-fair-links-and-times.md).
 */

/**
 * - `clock`: "16:55" (en) / "16.55" (id)
 * - `day`: "5 Dec, 09:00"
 * - `full`: "Saturday 5 December 2020 at 10:00" / "Sabtu, 5 Desember 2020 pukul 10.00"
 */
export type FairTimeStyle = 'clock' | 'day' | 'full';

const STYLES: Record<FairTimeStyle, Intl.DateTimeFormatOptions> = {
  clock: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  day: { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  full: { dateStyle: 'full', timeStyle: 'short' },
};

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: Locale, style: FairTimeStyle, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${style}|${timeZone}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', { ...STYLES[style], timeZone });
    formats.set(key, f);
  }
  return f;
}

/** An instant on the fair's wall clock followed by the zone's name: "5 Dec, 09:00 WITA". */
export function fairTime(
  at: Date | string | number,
  timeZone: string,
  style: FairTimeStyle,
  locale: Locale = 'en',
): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return String(at);
  return `${format(locale, style, timeZone).format(date)} ${zoneAbbreviation(timeZone, date)}`;
}

/**
 * An instant as "2020-12-05 10:00:00" on the zone's wall clock, without the zone's name: for CSV cells,
 * whose column names the zone once (`time_wita`), so spreadsheets read the cell as a date.
 */
export function zonedStamp(at: Date | string | null, timeZone: string): string {
  if (at === null) return '';
  const date = new Date(at);
  const local = date.getTime() + zoneOffsetMinutes(date, timeZone) * 60_000;
  return new Date(local).toISOString().slice(0, 19).replace('T', ' ');
}

/** The zone's name as a CSV column suffix: "wib", "wita", "wit". */
export const zoneColumn = (timeZone: string): string =>
  zoneAbbreviation(timeZone)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_');
