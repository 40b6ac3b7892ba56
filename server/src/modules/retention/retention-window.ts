const DAY_MS = 86_400_000;

/** How far `timeZone` is ahead of UTC at `instant`, in milliseconds. */
function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant a fair ends: midnight after its last day (`endsOn`, a date) in the fair's own zone. */
export function fairEndsAt(endsOn: string, timeZone: string): Date {
  const [y, m, d] = endsOn.split('-').map(Number);
  const midnightUtc = Date.UTC(y, m - 1, d + 1);
  return new Date(midnightUtc - zoneOffsetMs(midnightUtc, timeZone));
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
