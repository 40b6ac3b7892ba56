import type { Meeting } from '@pameran/contracts';

/** The call opens this long before the slot (the server refuses tokens earlier). */
export const JOIN_OPENS_BEFORE_MS = 5 * 60_000;
/** The timer turns into a warning this long before the end. */
export const WARNING_MS = 2 * 60_000;

export type JoinWindow = 'none' | 'early' | 'open' | 'over';

/**
 * Whether "Join call" applies to this meeting now: `none` for on-site, cancelled or settled meetings,
 * `early` before the room opens, `open` from 5 minutes before the slot until its end, `over` after.
 */
export function joinWindow(
  meeting: Pick<Meeting, 'mode' | 'status' | 'start' | 'end'>,
  now: number,
): JoinWindow {
  if (meeting.mode !== 'online' || (meeting.status !== 'scheduled' && meeting.status !== 'live'))
    return 'none';
  if (now >= Date.parse(meeting.end)) return 'over';
  return now >= joinOpensAt(meeting.start) ? 'open' : 'early';
}

export function joinOpensAt(startIso: string): number {
  return Date.parse(startIso) - JOIN_OPENS_BEFORE_MS;
}

/** The time left until `endsAt`, whole seconds (never negative), and whether to warn. */
export function remaining(endsAt: string, now: number): { seconds: number; warning: boolean; over: boolean } {
  const ms = Math.max(0, Date.parse(endsAt) - now);
  return { seconds: Math.ceil(ms / 1000), warning: ms <= WARNING_MS, over: ms === 0 };
}

/** "9:05", "12:00", "1:02:05". */
export function formatCountdown(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * How a call ended, from the client's point of view: `ended` when the server closed the room (the slot
 * is over, or the meeting was cancelled), `left` when this person hung up, `elsewhere` when the same
 * account joined from another device, `lost` when the connection failed.
 */
export type CallEnd = 'ended' | 'left' | 'elsewhere' | 'lost';
