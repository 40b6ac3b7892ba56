import { describe, expect, it } from 'vitest';
import { DAY_1, DAY_2, HALL_1, HALL_2, MATCHING_1, STAGE_1, STAGE_2, fairEvent } from '../test/fairEvent';
import { applyScheduleState, dropSession, minutesUntil, nowAndNext, putSession } from './schedule';

const ids = (event: ReturnType<typeof fairEvent>, dayId: string) =>
  event.days.find((d) => d.id === dayId)?.sessions.map((s) => s.id);

describe('schedule state on the client', () => {
  it('reads now and next from the states the server gave', () => {
    const { live, next } = nowAndNext(fairEvent());
    expect(live.map((s) => s.id)).toEqual([HALL_1.id]);
    expect(next?.id).toBe(STAGE_1.id);
  });

  it('files a pushed schedule under its days, in time order, with the header fields', () => {
    const pushed = [
      { ...HALL_1, state: 'ended' as const },
      STAGE_2,
      { ...STAGE_1, state: 'live' as const },
      MATCHING_1,
      HALL_2,
    ];
    const event = applyScheduleState(fairEvent(), { hallOpen: false, sessions: pushed });
    expect(ids(event, DAY_1)).toEqual([HALL_1.id, MATCHING_1.id, STAGE_1.id]);
    expect(ids(event, DAY_2)).toEqual([HALL_2.id, STAGE_2.id]);
    expect(event.hallOpen).toBe(false);
    expect(event.nextSession?.id).toBe(STAGE_1.id);
  });

  it("puts the organiser's changed session in place and drops a deleted one", () => {
    const longer = { ...HALL_1, endsAt: '2020-12-05T09:15:00.000Z' };
    const changed = putSession(fairEvent(), longer);
    expect(changed.days[0].sessions.find((s) => s.id === HALL_1.id)?.endsAt).toBe(longer.endsAt);
    expect(changed.hallOpen).toBe(true);
    expect(ids(dropSession(changed, STAGE_1.id), DAY_1)).toEqual([HALL_1.id, MATCHING_1.id]);
  });

  it('counts whole minutes up to a start, never below zero', () => {
    const start = '2020-12-05T06:00:00.000Z';
    expect(minutesUntil(start, Date.parse('2020-12-05T05:45:00Z'))).toBe(15);
    expect(minutesUntil(start, Date.parse('2020-12-05T05:45:30Z'))).toBe(15);
    expect(minutesUntil(start, Date.parse('2020-12-05T06:01:00Z'))).toBe(0);
  });
});
