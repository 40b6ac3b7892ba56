import type { FairEvent, ScheduleSession, ScheduleStateEvent } from '@pameran/contracts';

export function allSessions(event: FairEvent): ScheduleSession[] {
  return event.days.flatMap((d) => d.sessions);
}

/** Sessions in time order: by start, then by end. */
export const byStart = (a: ScheduleSession, b: ScheduleSession) =>
  Date.parse(a.startsAt) - Date.parse(b.startsAt) || Date.parse(a.endsAt) - Date.parse(b.endsAt);

/** The next time the hall opens after `now` (ms), or null when the fair is over. */
export function nextHallOpening(event: FairEvent, now: number): ScheduleSession | null {
  return (
    allSessions(event)
      .filter((s) => s.kind === 'hall' && s.state === 'scheduled' && Date.parse(s.startsAt) > now)
      .sort(byStart)[0] ?? null
  );
}

/** What is on now and what comes next, by the states the server gave (never by the local clock). */
export function nowAndNext(event: FairEvent): { live: ScheduleSession[]; next: ScheduleSession | null } {
  const sessions = allSessions(event).sort(byStart);
  return {
    live: sessions.filter((s) => s.state === 'live'),
    next: sessions.find((s) => s.state === 'scheduled') ?? null,
  };
}

/**
 * The event with this complete list of sessions (as `schedule:state` and `hall:snapshot` carry),
 * each filed under its day in time order; the header's `nextSession` follows as the server derives it.
 */
export function withSessions(
  event: FairEvent,
  sessions: ScheduleSession[],
  hallOpen = sessions.some((s) => s.kind === 'hall' && s.state === 'live'),
): FairEvent {
  const sorted = [...sessions].sort(byStart);
  const upcoming = sorted.filter((s) => s.state === 'live' || s.state === 'scheduled');
  return {
    ...event,
    hallOpen,
    nextSession: upcoming.find((s) => s.state === 'live') ?? upcoming[0] ?? null,
    days: event.days.map((day) => ({ ...day, sessions: sorted.filter((s) => s.dayId === day.id) })),
  };
}

export function applyScheduleState(event: FairEvent, state: ScheduleStateEvent): FairEvent {
  return withSessions(event, state.sessions, state.hallOpen);
}

/** One session added or changed (the answer to an organiser's action), before the broadcast arrives. */
export function putSession(event: FairEvent, session: ScheduleSession): FairEvent {
  return withSessions(event, [...allSessions(event).filter((s) => s.id !== session.id), session]);
}

export function dropSession(event: FairEvent, id: string): FairEvent {
  return withSessions(
    event,
    allSessions(event).filter((s) => s.id !== id),
  );
}

/** Whole minutes until an instant, rounded up (0 once it has passed): for "starts in N min". */
export function minutesUntil(iso: string, now: number): number {
  return Math.max(0, Math.ceil((Date.parse(iso) - now) / 60_000));
}
