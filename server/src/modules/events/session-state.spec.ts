import { sessionState } from './session-state';

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
});
