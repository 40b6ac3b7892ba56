import { effectiveTimes, sessionState } from './session-state';

describe('sessionState', () => {
  const s = {
    startsAt: new Date('2020-12-05T01:00:00Z'),
    endsAt: new Date('2020-12-05T09:00:00Z'),
    cancelledAt: null,
  };
  it.each([
    ['2020-12-05T00:59:59Z', 'scheduled'],
    ['2020-12-05T01:00:00Z', 'live'],
    ['2020-12-05T08:59:59Z', 'live'],
    ['2020-12-05T09:00:00Z', 'ended'],
  ])('at %s it is %s', (now, state) => {
    expect(sessionState(s, new Date(now))).toBe(state);
  });
  it('a cancelled session stays cancelled whatever the time', () => {
    expect(sessionState({ ...s, cancelledAt: new Date() }, new Date('2020-12-05T02:00:00Z'))).toBe(
      'cancelled',
    );
  });
  it('a delay shifts both ends; an extension moves the end', () => {
    const t = effectiveTimes({ ...s, delayMinutes: 30, extendMinutes: 15 });
    expect(t.start.toISOString()).toBe('2020-12-05T01:30:00.000Z');
    expect(t.end.toISOString()).toBe('2020-12-05T09:45:00.000Z');
    expect(sessionState({ ...s, delayMinutes: 30 }, new Date('2020-12-05T01:10:00Z'))).toBe('scheduled');
  });
  it('start now and end now win over the plan', () => {
    const startedAt = new Date('2020-12-05T00:40:00Z');
    expect(sessionState({ ...s, startedAt }, new Date('2020-12-05T00:45:00Z'))).toBe('live');
    const endedAt = new Date('2020-12-05T03:00:00Z');
    expect(sessionState({ ...s, endedAt }, new Date('2020-12-05T03:00:01Z'))).toBe('ended');
    // "End now" is final: an extension given earlier does not stretch it.
    expect(effectiveTimes({ ...s, endedAt, extendMinutes: 10 }).end.toISOString()).toBe(
      '2020-12-05T03:00:00.000Z',
    );
  });
});
