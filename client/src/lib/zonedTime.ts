import { zonedIso } from '@pameran/contracts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * What an organiser typed, a calendar day and a wall-clock time in the fair's zone ("2020-12-05", "09:30"
 * in Asia/Makassar), as an ISO instant with that zone's offset ("2020-12-05T09:30:00+08:00"), whatever zone
 * the organiser's own browser is in. Undefined when empty or not a time, so the contracts schema reports the
 * field as missing or malformed.
 */
export function zonedInputToIso(date: string, time: string, timeZone: string): string | undefined {
  const clock = time.trim();
  if (!DATE.test(date) || !TIME.test(clock)) return undefined;
  return zonedIso(date, clock, timeZone);
}

/** An instant as the day and "HH:mm" an organiser would type for it in the fair's zone: the inverse of `zonedInputToIso`. */
export function isoToZonedInput(iso: string, timeZone: string, shiftMs = 0): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(Date.parse(iso) + shiftMs));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}
