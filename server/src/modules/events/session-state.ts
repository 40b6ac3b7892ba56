import type { SessionState } from '@pameran/contracts';

export interface SessionTimes {
  startsAt: Date;
  endsAt: Date;
  cancelledAt: Date | null;
  startedAt?: Date | null;
  endedAt?: Date | null;
  delayMinutes?: number;
  extendMinutes?: number;
}

const MINUTE = 60_000;

/**
 * When a session really starts and ends: the planned times, shifted by a delay, lengthened by extensions,
 * or cut by "start now" / "end now" (which win over the plan).
 */
export function effectiveTimes(s: SessionTimes): { start: Date; end: Date } {
  const delay = (s.delayMinutes ?? 0) * MINUTE;
  const start = s.startedAt ?? new Date(s.startsAt.getTime() + delay);
  const plannedEnd = new Date(s.endsAt.getTime() + delay + (s.extendMinutes ?? 0) * MINUTE);
  const end = s.endedAt ?? plannedEnd;
  return { start, end: end > start ? end : start };
}

/** A session's state is a function of the clock, its times and the overrides; never of a timer. */
export function sessionState(s: SessionTimes, now: Date): SessionState {
  if (s.cancelledAt) return 'cancelled';
  const { start, end } = effectiveTimes(s);
  if (now < start) return 'scheduled';
  if (now < end) return 'live';
  return 'ended';
}
