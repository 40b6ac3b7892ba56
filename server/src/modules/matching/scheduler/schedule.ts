/** The auto-scheduler: matching-based construction, then ejection-chain local search under a time budget. */
import { computeUpperBound } from './bound';
import { constructByMatching } from './construct';
import { firstFit } from './greedy';
import { improve, polishPreferences, restore } from './improve';
import { compile } from './model';
import { buildResult } from './result';
import { createRng } from './rng';
import { State } from './state';
import type { ScheduleOptions, SchedulingProblem, SchedulingResult } from './types';

export function schedule(problem: SchedulingProblem, opts: ScheduleOptions = {}): SchedulingResult {
  const startedAt = performance.now();
  const deadline = startedAt + (opts.timeBudgetMs ?? 800);
  const m = compile(problem);
  const bound = computeUpperBound(m);
  const state = new State(m);

  // Start from the better of the matching construction and plain first-fit, so we never fall below greedy.
  constructByMatching(m, state);
  firstFit(m, state, m.domain.keys());
  const built = state.snapshot();
  restore(state, new Int32Array(m.R).fill(-1));
  firstFit(m, state, m.domain.keys());
  if (!state.better(built)) restore(state, built.slotOf);

  const iterations = improve(m, state, {
    deadline,
    maxIterations: opts.maxIterations ?? Infinity,
    target: bound,
    stallLimit: Math.max(20_000, 10 * m.R),
    rng: createRng(opts.seed ?? 1),
  });
  polishPreferences(m, state);
  return buildResult(state, startedAt, bound, iterations);
}
