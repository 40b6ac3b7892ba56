/*
 * Wall-clock times in a fair's own zone (WIB, WITA, WIT), for the server's checks and the client's forms
 * alike (docs/decisions/0027-client-by-slug.md).
 */

/** The zone's offset from UTC at an instant, in minutes ("GMT+08:00" → 480). */
export function zoneOffsetMinutes(at: Date, timeZone: string): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An offset in minutes as ISO 8601 writes it: 480 → "+08:00". */
function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * A calendar day and a wall-clock time in a zone ("2020-12-05", "09:30", "Asia/Makassar") as an ISO instant
 * with that zone's offset ("2020-12-05T09:30:00+08:00"). The offset is the one in force at that wall-clock
 * time, so a zone with daylight saving gets its summer or winter offset.
 */
export function zonedIso(date: string, time: string, timeZone: string): string {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const guess = zoneOffsetMinutes(new Date(wall), timeZone);
  const offset = zoneOffsetMinutes(new Date(wall - guess * 60_000), timeZone);
  return `${date}T${pad(h)}:${pad(mi)}:00${offsetText(offset)}`;
}

/** How Indonesians name their zones (the same in both languages); Intl writes "GMT+8" in English. */
export const ZONE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** "WIB", "WITA", "WIT" for Indonesia's zones; another zone's short name as Intl writes it ("GMT+1"). */
export function zoneAbbreviation(timeZone: string, at: Date = new Date()): string {
  return (
    ZONE_ABBREVIATIONS[timeZone] ??
    new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ??
    timeZone
  );
}
