import { zonedIso } from '@pameran/contracts';

/** A fair's calendar days as instants: the first starts at its midnight, the last ends at its next one. */
export function fairBounds(fair: { startsOn: string; endsOn: string; timeZone: string }): {
  first: Date;
  last: Date;
} {
  const dayAfter = new Date(Date.parse(`${fair.endsOn}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return {
    first: new Date(zonedIso(fair.startsOn, '00:00', fair.timeZone)),
    last: new Date(zonedIso(dayAfter, '00:00', fair.timeZone)),
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
