import type { FairTimeZone } from '@pameran/contracts';

/** UTC offsets of the fairs' zones; Indonesia keeps no daylight saving, so they never change. */
const OFFSETS: Record<FairTimeZone, string> = {
  'Asia/Jakarta': '+07:00',
  'Asia/Makassar': '+08:00',
  'Asia/Jayapura': '+09:00',
};

/** A fair's calendar days as instants: the first starts at its midnight, the last ends at its next one. */
export function fairBounds(fair: { startsOn: string; endsOn: string; timeZone: string }): {
  first: Date;
  last: Date;
} {
  // Fairs made before zones were limited to the three may name another zone; they were all held in WIB.
  const offset = OFFSETS[fair.timeZone as FairTimeZone] ?? OFFSETS['Asia/Jakarta'];
  return {
    first: new Date(`${fair.startsOn}T00:00:00${offset}`),
    last: new Date(`${fair.endsOn}T24:00:00${offset}`),
  };
}

/** Every date from `from` to `to` inclusive, as YYYY-MM-DD (calendar days, no time zone involved). */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (
    let d = new Date(`${from}T00:00:00Z`);
    d <= new Date(`${to}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1)
  )
    dates.push(d.toISOString().slice(0, 10));
  return dates;
}

/** `date` moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The title of a fair's `n`-th day (from 1) until its organisers name it. */
export function dayTitle(n: number): { titleId: string; titleEn: string } {
  return { titleId: `Hari ${n}`, titleEn: `Day ${n}` };
}
