/** The baseline: requests in the given order, each into the first slot where it fits. */
import { computeUpperBound } from './bound';
import { compile, type Model } from './model';
import { buildResult } from './result';
import { State } from './state';
import type { SchedulingProblem, SchedulingResult } from './types';

export function firstFit(m: Model, state: State, order: Iterable<number>): void {
  for (const r of order) {
    if (state.slotOf[r] >= 0) continue;
    for (const s of m.domain[r]) {
      if (state.canPlace(r, s)) {
        state.place(r, s);
        break;
      }
    }
  }
}

/**
 * Greedy first-fit baseline. stats.upperBound is filled in too, so results compare side by side, but
 * stats.ms leaves the bound's time out: it is the baseline's own time.
 */
export function greedyFirstFit(problem: SchedulingProblem): SchedulingResult {
  const startedAt = performance.now();
  const m = compile(problem);
  const state = new State(m);
  firstFit(m, state, m.domain.keys());
  const boundAt = performance.now();
  const bound = computeUpperBound(m);
  return buildResult(state, startedAt + (performance.now() - boundAt), bound, 0);
}
