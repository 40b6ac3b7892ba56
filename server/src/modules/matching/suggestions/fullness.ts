import { within, type GridSlot } from '../slots';

export interface Bookings {
  booked: { exhibitorId: string; start: Date }[];
  windows: { exhibitorId: string; start: Date; end: Date }[];
}

function groupBy<T, V>(rows: T[], key: (r: T) => string, value: (r: T) => V): Map<string, V[]> {
  const out = new Map<string, V[]>();
  for (const r of rows) {
    const list = out.get(key(r)) ?? [];
    list.push(value(r));
    out.set(key(r), list);
  }
  return out;
}

/** The calendar day of instants in one zone, with one formatter (building one costs more than using it). */
function dayIn(timeZone: string): (at: number) => string {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return (at) => format.format(at);
}

/**
 * Exhibitors no buyer can book any more: no future slot of the matching blocks inside their availability
 * is free on a day they still have room under the daily limit. When the fair has no future slot at all,
 * nobody is "full" (nothing can be booked by anyone, and hiding everyone would leave nothing to shortlist).
 */
export function fullExhibitors(
  grid: GridSlot[],
  now: number,
  dailyLimit: number,
  timeZone: string,
  { booked, windows }: Bookings,
): Set<string> {
  const localDay = dayIn(timeZone);
  const future = grid.filter((s) => s.start > now).map((s) => ({ ...s, day: localDay(s.start) }));
  const full = new Set<string>();
  if (future.length === 0) return full;
  const windowsOf = groupBy(
    windows,
    (w) => w.exhibitorId,
    (w) => ({ start: +w.start, end: +w.end }),
  );
  const bookedOf = groupBy(
    booked,
    (b) => b.exhibitorId,
    (b) => +b.start,
  );
  const candidates = new Set([...bookedOf.keys(), ...windowsOf.keys()]);
  for (const id of candidates) {
    const starts = new Set(bookedOf.get(id) ?? []);
    const perDay = new Map<string, number>();
    for (const start of starts) {
      const day = localDay(start);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    const open = future.some(
      (s) =>
        !starts.has(s.start) &&
        (perDay.get(s.day) ?? 0) < dailyLimit &&
        within(windowsOf.get(id), s.start, s.end),
    );
    if (!open) full.add(id);
  }
  return full;
}
