import { zonedIso } from '@pameran/contracts';

const DAY_MS = 86_400_000;

/** The instant a fair ends: midnight after its last day (`endsOn`, a date) in the fair's own zone. */
export function fairEndsAt(endsOn: string, timeZone: string): Date {
  const [y, m, d] = endsOn.split('-').map(Number);
  const nextDay = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  return new Date(zonedIso(nextDay, '00:00', timeZone));
}

/**
 * When a fair's chat, visits and leads lose the people in them: `days` after the fair ended, on the
 * schedule's timeline (`offsetMs` is the demo's shift, so a demo fair shifted to now is not purged for
 * being held in 2020). Null when retention is off (`days` = 0).
 */
export function retentionDueAt(
  fair: { endsOn: string; timeZone: string },
  days: number,
  offsetMs = 0,
): Date | null {
  if (days <= 0) return null;
  return new Date(fairEndsAt(fair.endsOn, fair.timeZone).getTime() + offsetMs + days * DAY_MS);
}
