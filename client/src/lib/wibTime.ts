import { EVENT_TIME_ZONE } from '@pameran/contracts';

/** WIB (Asia/Jakarta) is UTC+7 all year: Indonesia has no daylight saving. */
export const WIB_OFFSET = '+07:00';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * What an organiser typed, a calendar day and a wall-clock time meaning WIB ("2020-12-05", "09:30"),
 * as an ISO instant with the WIB offset ("2020-12-05T09:30:00+07:00"). Undefined when empty or not a
 * time, so the contracts schema reports the field as missing or malformed.
 */
export function wibInputToIso(date: string, time: string): string | undefined {
  const clock = time.trim();
  if (!DATE.test(date) || !TIME.test(clock)) return undefined;
  return `${date}T${clock}:00${WIB_OFFSET}`;
}

const wibParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: EVENT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as the WIB day and "HH:mm" an organiser would type for it: the inverse of `wibInputToIso`. */
export function isoToWibInput(iso: string, shiftMs = 0): { date: string; time: string } {
  const parts = wibParts.formatToParts(new Date(Date.parse(iso) + shiftMs));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}
