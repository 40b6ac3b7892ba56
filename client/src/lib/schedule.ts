import type { FairEvent, ScheduleSession } from '@pameran/contracts';

export function allSessions(event: FairEvent): ScheduleSession[] {
  return event.days.flatMap((d) => d.sessions);
}

/** The next time the hall opens after `now` (ms), or null when the fair is over. */
export function nextHallOpening(event: FairEvent, now: number): ScheduleSession | null {
  return (
    allSessions(event)
      .filter((s) => s.kind === 'hall' && s.state === 'scheduled' && Date.parse(s.startsAt) > now)
      .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))[0] ?? null
  );
}
