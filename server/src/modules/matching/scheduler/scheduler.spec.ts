/** Property tests on many seeded random instances, plus an exhaustive optimum on tiny ones. */
import { createRng, randInt, shuffle, type Rng } from './rng';
import {
  generateInstance,
  greedyFirstFit,
  schedule,
  upperBound,
  validate,
  type SchedulingProblem,
} from './index';

const pickSome = (rng: Rng, n: number, share: number) =>
  Array.from({ length: n }, (_, i) => i).filter(() => rng() < share);

/** A small instance with every feature switched on at random (empty grids, busy slots, limits, tables, groups). */
function randomProblem(seed: number, maxSlots = 12, maxRequests = 30): SchedulingProblem {
  const rng = createRng(seed);
  const S = randInt(rng, maxSlots + 1);
  const days = 1 + randInt(rng, 3);
  const slots = Array.from({ length: S }, (_, s) => ({
    start: s * 1_200_000,
    end: (s + 1) * 1_200_000,
    day: `2020-11-${20 + Math.floor((s * days) / Math.max(S, 1))}`,
  }));
  const P = 2 + randInt(rng, 9);
  const participants = Array.from({ length: P }, (_, p) => ({
    id: `p${p}`,
    available: rng() < 0.7 ? pickSome(rng, S, 0.3 + rng() * 0.6) : undefined,
    busy: rng() < 0.3 ? pickSome(rng, S, 0.15) : undefined,
    dailyLimit: rng() < 0.4 ? randInt(rng, 4) : undefined,
  }));
  const tables = Array.from({ length: randInt(rng, 4) }, (_, t) => ({
    id: `t${t}`,
    busy: rng() < 0.4 ? pickSome(rng, S, 0.3) : undefined,
  }));
  const requests = Array.from({ length: randInt(rng, maxRequests + 1) }, (_, r) => {
    const size = rng() < 0.1 ? 1 : rng() < 0.8 ? 2 : Math.min(P, 3 + randInt(rng, 3));
    return {
      id: `r${r}`,
      participantIds: shuffle(
        rng,
        participants.map((p) => p.id),
      ).slice(0, size),
      mode: rng() < 0.4 ? ('onsite' as const) : ('online' as const),
      preferred: rng() < 0.5 ? pickSome(rng, S, 0.2) : undefined,
      priority: randInt(rng, 3),
    };
  });
  return { slots, participants, tables, requests };
}

/** Exhaustive optimum (placed count), written independently of the solver. */
function bruteForceOptimum(problem: SchedulingProblem): number {
  const S = problem.slots.length;
  const byId = new Map(problem.participants.map((p) => [p.id, p]));
  const used = new Set<string>();
  const perDay = new Map<string, number>();
  const tablesUsed = new Array<number>(S).fill(0);
  const freeTables = problem.slots.map((_, s) => problem.tables.filter((t) => !t.busy?.includes(s)).length);
  const busyOn = (id: string, day: string) =>
    new Set(byId.get(id)?.busy ?? []).size &&
    [...new Set(byId.get(id)?.busy)].filter((b) => problem.slots[b].day === day).length;
  const fits = (r: number, s: number) => {
    const req = problem.requests[r];
    const day = problem.slots[s].day;
    if (req.mode === 'onsite' && tablesUsed[s] >= freeTables[s]) return false;
    return req.participantIds.every((id) => {
      const p = byId.get(id);
      if (!p || (p.available && !p.available.includes(s)) || p.busy?.includes(s) || used.has(`${id}@${s}`))
        return false;
      return p.dailyLimit === undefined || (perDay.get(`${id}@${day}`) ?? 0) + busyOn(id, day) < p.dailyLimit;
    });
  };
  const apply = (r: number, s: number, delta: 1 | -1) => {
    const req = problem.requests[r];
    const day = problem.slots[s].day;
    if (req.mode === 'onsite') tablesUsed[s] += delta;
    for (const id of req.participantIds) {
      if (delta > 0) used.add(`${id}@${s}`);
      else used.delete(`${id}@${s}`);
      perDay.set(`${id}@${day}`, (perDay.get(`${id}@${day}`) ?? 0) + delta);
    }
  };
  let best = 0;
  const search = (r: number, placed: number) => {
    if (placed + problem.requests.length - r <= best) return;
    if (r === problem.requests.length) {
      best = placed;
      return;
    }
    for (let s = 0; s < S; s++) {
      if (!fits(r, s)) continue;
      apply(r, s, 1);
      search(r + 1, placed + 1);
      apply(r, s, -1);
    }
    search(r + 1, placed);
  };
  search(0, 0);
  return best;
}

describe('scheduler properties on random instances', () => {
  const seeds = Array.from({ length: 300 }, (_, i) => i + 1);

  it.each(seeds)('seed %i: valid, ≥ greedy, ≤ upper bound', (seed) => {
    const problem = randomProblem(seed);
    const ours = schedule(problem, { seed, maxIterations: 2_000, timeBudgetMs: 10_000 });
    const greedy = greedyFirstFit(problem);
    expect(validate(problem, ours)).toEqual([]);
    expect(validate(problem, greedy)).toEqual([]);
    const bound = upperBound(problem);
    expect(ours.stats.upperBound).toBe(bound);
    expect(ours.stats.placed).toBeGreaterThanOrEqual(greedy.stats.placed);
    expect(ours.stats.placed).toBeLessThanOrEqual(bound);
    expect(ours.placed.length + ours.unplaced.length).toBe(problem.requests.length);
  });

  it.each(seeds)('seed %i (tiny): bound ≥ exhaustive optimum and the search finds it', (seed) => {
    const problem = randomProblem(seed + 10_000, 5, 7);
    const optimum = bruteForceOptimum(problem);
    expect(upperBound(problem)).toBeGreaterThanOrEqual(optimum);
    expect(schedule(problem, { seed, maxIterations: 2_000, timeBudgetMs: 10_000 }).stats.placed).toBe(
      optimum,
    );
  });

  it('is deterministic for a seed and an iteration cap', () => {
    const problem = generateInstance(5, 300);
    const run = (seed: number) => schedule(problem, { seed, maxIterations: 3_000, timeBudgetMs: 60_000 });
    const a = run(3);
    const b = run(3);
    expect(b.placed).toEqual(a.placed);
    expect(b.unplaced).toEqual(a.unplaced);
    expect(b.stats.iterations).toBe(a.stats.iterations);
  });

  it('beats greedy on a seeded tight instance and stays within the bound', () => {
    const problem = generateInstance(2020, 400);
    const ours = schedule(problem, { seed: 1, timeBudgetMs: 2_000 });
    const greedy = greedyFirstFit(problem);
    expect(validate(problem, ours)).toEqual([]);
    expect(ours.stats.placed).toBeGreaterThan(greedy.stats.placed);
    expect(ours.stats.placed).toBeLessThanOrEqual(ours.stats.upperBound);
    expect(ours.stats.placed / ours.stats.upperBound).toBeGreaterThan(0.95);
  });
});
