import { fairEndsAt, retentionDueAt } from './retention-window';

describe('retention window', () => {
  it('ends a fair at midnight after its last day in its own zone', () => {
    expect(fairEndsAt('2020-12-08', 'Asia/Jakarta').toISOString()).toBe('2020-12-08T17:00:00.000Z');
    expect(fairEndsAt('2020-12-08', 'UTC').toISOString()).toBe('2020-12-09T00:00:00.000Z');
    expect(fairEndsAt('2021-03-31', 'Asia/Jayapura').toISOString()).toBe('2021-03-31T15:00:00.000Z');
  });

  it('is due the given days after the end, shifted like the schedule, and never when off', () => {
    const fair = { endsOn: '2020-12-08', timeZone: 'Asia/Jakarta' };
    expect(retentionDueAt(fair, 180)!.toISOString()).toBe('2021-06-06T17:00:00.000Z');
    expect(retentionDueAt(fair, 1, 3_600_000)!.toISOString()).toBe('2020-12-09T18:00:00.000Z');
    expect(retentionDueAt(fair, 0)).toBeNull();
  });
});
