import type { SessionState } from '@pameran/contracts';

export interface SessionTimes {
  startsAt: Date;
  endsAt: Date;
  cancelledAt: Date | null;
}

/** A session's state is a function of the clock and its times; never of a timer. */
export function sessionState(s: SessionTimes, now: Date): SessionState {
  if (s.cancelledAt) return 'cancelled';
  if (now < s.startsAt) return 'scheduled';
  if (now < s.endsAt) return 'live';
  return 'ended';
}
