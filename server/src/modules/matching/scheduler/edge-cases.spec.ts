/** Hand-built cases: each rule, each unplaced reason, tie-breaks, and what validate() catches. */
import {
  checkProblem,
  greedyFirstFit,
  schedule,
  upperBound,
  validate,
  type SchedulingProblem,
} from './index';

const grid = (n: number, days = 1) =>
  Array.from({ length: n }, (_, s) => ({
    start: s * 1_200_000,
    end: (s + 1) * 1_200_000,
    day: `2020-11-${24 + Math.floor((s * days) / n)}`,
  }));
const people = (...ids: string[]) => ids.map((id) => ({ id }));
const online = (id: string, ...participantIds: string[]) => ({ id, participantIds, mode: 'online' as const });
const onsite = (id: string, ...participantIds: string[]) => ({ id, participantIds, mode: 'onsite' as const });
const run = (problem: SchedulingProblem) => {
  const result = schedule(problem, { seed: 1, timeBudgetMs: 5_000 });
  expect(validate(problem, result)).toEqual([]);
  return result;
};
const reasons = (problem: SchedulingProblem) =>
  Object.fromEntries(run(problem).unplaced.map((u) => [u.requestId, u.reason]));

describe('schedule: rules and reasons', () => {
  it('handles an empty slot grid and an empty request list', () => {
    const noSlots = {
      slots: [],
      participants: people('e', 'b'),
      tables: [],
      requests: [online('r', 'e', 'b')],
    };
    expect(reasons(noSlots)).toEqual({ r: 'no_common_slot' });
    expect(upperBound(noSlots)).toBe(0);
    const nothing = run({ slots: grid(3), participants: [], tables: [], requests: [] });
    expect(nothing.stats).toMatchObject({ placed: 0, requests: 0, upperBound: 0 });
  });

  it('reports no_common_slot when the parties share no free slot (availability or busy)', () => {
    const problem: SchedulingProblem = {
      slots: grid(4),
      participants: [
        { id: 'e', available: [0, 1] },
        { id: 'b', available: [2, 3] },
        { id: 'c', available: [1], busy: [1] },
      ],
      tables: [],
      requests: [online('apart', 'e', 'b'), online('busy', 'e', 'c')],
    };
    expect(reasons(problem)).toEqual({ apart: 'no_common_slot', busy: 'no_common_slot' });
  });

  it('holds daily limits, counting existing meetings, and says daily_limit', () => {
    const problem: SchedulingProblem = {
      slots: grid(4, 2), // slots 0–1 day 1, 2–3 day 2
      participants: [{ id: 'e', dailyLimit: 1, busy: [2] }, ...people('b1', 'b2', 'b3')],
      tables: [],
      requests: [online('r1', 'e', 'b1'), online('r2', 'e', 'b2'), online('r3', 'e', 'b3')],
    };
    const result = run(problem);
    expect(result.stats.placed).toBe(1); // day 2 is already full with the busy meeting
    expect(result.placed[0].slot).toBeLessThan(2);
    expect(result.unplaced.map((u) => u.reason)).toEqual(['daily_limit', 'daily_limit']);
    expect(upperBound(problem)).toBe(1);
  });

  it('gives on-site meetings distinct free tables and says no_table when they run out', () => {
    const problem: SchedulingProblem = {
      slots: grid(2),
      participants: people('e1', 'e2', 'e3', 'e4', 'b1', 'b2', 'b3', 'b4'),
      // 3 free table-slots: T1 in slots 0 and 1, T3 in slot 0.
      tables: [{ id: 'T1' }, { id: 'T2', busy: [0, 1] }, { id: 'T3', busy: [1] }],
      requests: [
        onsite('a', 'e1', 'b1'),
        onsite('b', 'e2', 'b2'),
        onsite('c', 'e3', 'b3'),
        onsite('d', 'e4', 'b4'),
        online('o', 'e1', 'b2'),
      ],
    };
    const result = run(problem);
    expect(result.stats.placed).toBe(4);
    expect(upperBound(problem)).toBe(4);
    expect(result.unplaced).toEqual([{ requestId: expect.stringMatching(/^[abcd]$/), reason: 'no_table' }]);
    const tables = result.placed.filter((p) => p.requestId !== 'o').map((p) => `${p.tableId}@${p.slot}`);
    expect(tables.sort()).toEqual(['T1@0', 'T1@1', 'T3@0']);
    expect(result.placed.find((p) => p.requestId === 'o')?.tableId).toBeUndefined();
    expect(reasons({ ...problem, tables: [] })).toEqual({
      a: 'no_table',
      b: 'no_table',
      c: 'no_table',
      d: 'no_table',
    });
  });

  it('says conflicts when the common slots are taken by the parties’ other meetings', () => {
    const problem: SchedulingProblem = {
      slots: grid(1),
      participants: people('e', 'b1', 'b2'),
      tables: [],
      requests: [{ ...online('first', 'e', 'b1'), priority: 1 }, online('second', 'e', 'b2')],
    };
    expect(reasons(problem)).toEqual({ second: 'conflicts' });
  });

  it('prefers higher priority when not everything fits, and preferred slots when free', () => {
    const problem: SchedulingProblem = {
      slots: grid(3),
      participants: [{ id: 'e', available: [0, 1] }, ...people('b1', 'b2', 'b3', 'x', 'y')],
      tables: [],
      requests: [
        online('low', 'e', 'b1'),
        { ...online('high', 'e', 'b2'), priority: 2 },
        { ...online('mid', 'e', 'b3'), priority: 1 },
        { ...online('pref', 'x', 'y'), preferred: [2] },
      ],
    };
    const result = run(problem);
    expect(result.placed.map((p) => p.requestId).sort()).toEqual(['high', 'mid', 'pref']);
    expect(result.placed.find((p) => p.requestId === 'pref')?.slot).toBe(2);
    expect(result.stats).toMatchObject({ priority: 3, preferredHits: 1 });
  });

  it('moves an earlier placement to fit more than first-fit does', () => {
    // First-fit puts wide into slot 0, the only slot narrow can use; the search moves wide to slot 1.
    const problem: SchedulingProblem = {
      slots: grid(2),
      participants: [{ id: 'e' }, { id: 'wide' }, { id: 'narrow', available: [0] }],
      tables: [],
      requests: [online('w', 'e', 'wide'), online('n', 'e', 'narrow')],
    };
    expect(greedyFirstFit(problem).stats.placed).toBe(1);
    expect(run(problem).stats.placed).toBe(2);
  });

  it('refuses malformed problems with the reason', () => {
    const bad: SchedulingProblem = {
      slots: grid(2),
      participants: people('e', 'e'),
      tables: [],
      requests: [{ ...online('r', 'e', 'ghost'), preferred: [7] }],
    };
    expect(checkProblem(bad)).toEqual(
      expect.arrayContaining([
        'duplicate participant id e',
        'request r: unknown participant ghost',
        'request r preferred: slot 7 is not a slot index',
      ]),
    );
    expect(() => schedule(bad)).toThrow(/invalid scheduling problem/);
  });
});

describe('validate', () => {
  const problem: SchedulingProblem = {
    slots: grid(3),
    participants: [{ id: 'e', dailyLimit: 2, busy: [2] }, { id: 'b', available: [0, 1] }, { id: 'c' }],
    tables: [{ id: 'T', busy: [1] }],
    requests: [online('r1', 'e', 'b'), onsite('r2', 'e', 'c'), online('r3', 'b', 'c')],
  };
  const stats = {
    placed: 0,
    requests: 3,
    upperBound: 0,
    ms: 0,
    iterations: 0,
    priority: 0,
    preferredHits: 0,
  };

  it('accepts a valid schedule and names every broken rule', () => {
    const ok = {
      placed: [
        { requestId: 'r1', slot: 0 },
        { requestId: 'r3', slot: 1 },
      ],
      unplaced: [{ requestId: 'r2', reason: 'conflicts' as const }],
      stats: { ...stats, placed: 2 },
    };
    expect(validate(problem, ok)).toEqual([]);
    const broken = {
      placed: [
        { requestId: 'r1', slot: 2 }, // b unavailable, e busy
        { requestId: 'r2', slot: 1, tableId: 'T' }, // table booked
        { requestId: 'r3', slot: 1, tableId: 'T' }, // c twice in slot 1, online with a table
        { requestId: 'r3', slot: 0 },
      ],
      unplaced: [],
      stats: { ...stats, placed: 2 },
    };
    const errors = validate(problem, broken).join('\n');
    for (const expected of [
      'b is not available in slot 2',
      'e is already busy in slot 2',
      'table T is already booked',
      'c is in r2 and r3',
      'online r3 was given table T',
      'request r3 appears twice',
      'stats.placed 2',
    ])
      expect(errors).toContain(expected);
  });

  it('catches a broken daily limit and a missing request', () => {
    const over = {
      placed: [
        { requestId: 'r1', slot: 0 },
        { requestId: 'r2', slot: 1, tableId: 'T' },
      ],
      unplaced: [],
      stats: { ...stats, placed: 2 },
    };
    const errors = validate(problem, over).join('\n');
    expect(errors).toContain('e has 3 meetings on 2020-11-24, limit 2');
    expect(errors).toContain('request r3 is missing from the result');
  });
});
