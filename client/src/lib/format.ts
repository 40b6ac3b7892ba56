import { ZONE_ABBREVIATIONS, type Locale } from '@pameran/contracts';
import i18n from '../i18n';

/** BCP 47 tag used with Intl for each UI language (en-GB: day before month, 24-hour clock). */
const INTL_LOCALE: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

const rupiah = new Intl.NumberFormat('id-ID', {
  style: 'currency',
  currency: 'IDR',
  maximumFractionDigits: 0,
});

/** Whole rupiah, always in Indonesian notation: "Rp 21.020.000.000". */
export function formatRupiah(n: number): string {
  return rupiah.format(n);
}

/** Large sums in words, by UI language: "Rp21,02 miliar" / "IDR 21.02 billion". */
export function formatRupiahShort(n: number, locale: Locale = 'id'): string {
  const compact = new Intl.NumberFormat(INTL_LOCALE[locale], {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: 2,
  });
  return locale === 'en' ? `IDR ${compact.format(n)}` : `Rp${compact.format(n)}`;
}

/** Whole numbers grouped by UI language: 1.500 / 1,500. */
export function formatCount(n: number, locale: Locale = 'id'): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale]).format(n);
}

/** Indonesia's zones have names everyone there uses; elsewhere Intl's short name (GMT+8, CET…). */
export function zoneName(timeZone: string, at: Date = new Date(), locale: Locale = 'en'): string {
  if (ZONE_ABBREVIATIONS[timeZone]) return ZONE_ABBREVIATIONS[timeZone];
  const parts = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone,
    timeZoneName: 'short',
  }).formatToParts(at);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

function clock(at: Date, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

function calendarDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/** True when two zones show the same wall-clock time at this instant. */
function sameWallClock(at: Date, a: string, b: string): boolean {
  const opts: Intl.DateTimeFormatOptions = { dateStyle: 'short', timeStyle: 'short', hourCycle: 'h23' };
  return (
    new Intl.DateTimeFormat('en-GB', { ...opts, timeZone: a }).format(at) ===
    new Intl.DateTimeFormat('en-GB', { ...opts, timeZone: b }).format(at)
  );
}

/**
 * A time in the event's zone, with the viewer's own time beside it when it differs:
 * "08:00 WIB (your time 09:00)", "08.00 WITA (waktu Anda Jum 20.00)" when the viewer's day differs too.
 * Every fair has its own zone: there is no default.
 */
export function formatTimePair(iso: string, viewerZone: string, locale: Locale, eventZone: string): string {
  const at = new Date(iso);
  const event = `${clock(at, eventZone, locale)} ${zoneName(eventZone, at, locale)}`;
  if (sameWallClock(at, eventZone, viewerZone)) return event;
  return i18n.t('time.pair', { event, viewer: viewerClock(at, viewerZone, eventZone, locale), lng: locale });
}

/** The viewer's clock, preceded by their weekday when their calendar day is not the event's. */
function viewerClock(at: Date, viewerZone: string, eventZone: string, locale: Locale): string {
  const time = clock(at, viewerZone, locale);
  if (calendarDay(at, viewerZone) === calendarDay(at, eventZone)) return time;
  const weekday = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: viewerZone, weekday: 'short' });
  return `${weekday.format(at)} ${time}`;
}

/**
 * A span of time in the event's zone, with the viewer's span beside it when their clock differs:
 * "08.00–12.00 WIB", "08:00–12:00 WIB (your time 09:00–13:00)".
 */
export function formatTimeRange(
  startIso: string,
  endIso: string,
  viewerZone: string,
  locale: Locale,
  eventZone: string,
): string {
  const start = new Date(startIso);
  const end = new Date(endIso);
  const span = `${clock(start, eventZone, locale)}–${clock(end, eventZone, locale)}`;
  const event = `${span} ${zoneName(eventZone, start, locale)}`;
  if (sameWallClock(start, eventZone, viewerZone)) return event;
  const viewer = `${viewerClock(start, viewerZone, eventZone, locale)}–${viewerClock(end, viewerZone, eventZone, locale)}`;
  return i18n.t('time.pair', { event, viewer, lng: locale });
}

/**
 * When a session happens, for headers: the time pair, preceded by the day when it is not today
 * (in the event's zone): "Sab, 5 Des 08.00 WIB (waktu Anda 09.00)".
 */
export function formatWhen(
  iso: string,
  viewerZone: string,
  locale: Locale,
  now: number,
  eventZone: string,
): string {
  const pair = formatTimePair(iso, viewerZone, locale, eventZone);
  const at = new Date(iso);
  if (calendarDay(at, eventZone) === calendarDay(new Date(now), eventZone)) return pair;
  const day = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone: eventZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(at);
  return `${day} ${pair}`;
}

/**
 * A date and time in the event's zone, for records (a lead, an invitation's expiry), with the viewer's clock
 * beside it when it differs: "5 Des 2020 08.30 WIB", "5 Dec 2020 09:30 WITA (your time 09:30)".
 */
export function formatDateTimePair(
  iso: string,
  viewerZone: string,
  locale: Locale,
  eventZone: string,
): string {
  const day = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone: eventZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(iso));
  return `${day} ${formatTimePair(iso, viewerZone, locale, eventZone)}`;
}

/** A calendar date such as "2020-12-05" → "Sabtu, 5 Desember 2020" / "Saturday, 5 December 2020". */
export function formatDate(isoDate: string, locale: Locale = 'id'): string {
  // A date without a time is a calendar day, not an instant: format it in UTC so no zone shifts it.
  const at = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'full', timeZone: 'UTC' }).format(at);
}

/** A range of calendar days: "5–8 Desember 2020" / "5–8 December 2020". */
export function formatDateRange(fromIso: string, toIso: string, locale: Locale = 'id'): string {
  const from = new Date(`${fromIso}T00:00:00Z`);
  const to = new Date(`${toIso}T00:00:00Z`);
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeZone: 'UTC' }).formatRange(
    from,
    to,
  );
}

/** The viewer's own IANA zone, as the browser reports it (UTC when it reports none). */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
