/**
 * Meeting auto-scheduler (issue 5, item 5): places business-matching requests into slots, maximising the
 * number placed, then their priority, then preferred slots. Pure TypeScript, no framework, synchronous.
 *
 *   schedule(problem, {timeBudgetMs = 800, seed = 1, maxIterations?}) → SchedulingResult
 *     Matching-based construction (per exhibitor, most over-asked first: a maximum matching of its
 *     requests to the slots still free for the whole party, grown in priority order), started from the
 *     better of that and first-fit, then ejection-chain local search with tabu sideways moves until the
 *     upper bound is reached, the search stalls, or the budget runs out. Deterministic for a given
 *     (problem, seed) whenever it stops before the time budget (bound, stall or maxIterations).
 *   greedyFirstFit(problem) → SchedulingResult       the baseline: given order, first slot that fits.
 *   upperBound(problem) → number                     a proven bound on the optimum (argument in bound.ts).
 *   validate(problem, result) → string[]             every violated rule, [] when valid; independent code.
 *   checkProblem(problem) → string[]                 structural errors; schedule() throws on them.
 *   generateInstance(seed, size) → SchedulingProblem a seeded tight instance (tests, bench).
 *   runSchedule(problem, opts) → Promise<{result, greedy}>  schedule() and the baseline in a worker thread
 *                                                   (in-process when running from TypeScript sources).
 *
 * Rules: a participant attends at most one meeting per slot, only in slots it is available and not busy;
 * per-day limits count existing (busy) meetings; an on-site meeting takes a table free in that slot
 * (result.placed[].tableId), an online one none. Every request ends in `placed` or in `unplaced` with a
 * reason (see UnplacedReason). participantIds[0] is the exhibitor by convention (a grouping hint only).
 *
 * The server should commit exactly the previewed result (after validate()), not re-run the search.
 */
import { computeUpperBound } from './bound';
import { compile } from './model';
import type { SchedulingProblem } from './types';

export * from './types';
export { schedule } from './schedule';
export { greedyFirstFit } from './greedy';
export { validate } from './validate';
export { checkProblem } from './model';
export { generateInstance } from './generator';
export { runSchedule, type ScheduleRun } from './runner';

export function upperBound(problem: SchedulingProblem): number {
  return computeUpperBound(compile(problem));
}
