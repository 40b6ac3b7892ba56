/**
 * Local search after construction. Each iteration takes a random unplaced request r and:
 * 1. looks for an ejection chain (an augmenting path): put r into a slot s by moving out the one or two
 *    meetings in its way, then re-place each of them the same way, up to CHAIN_DEPTH levels; a chain whose
 *    every branch ends in a free slot places one more meeting without losing any;
 * 2. failing that, makes a sideways (plateau) move: r takes a slot anyway, the meetings in its way try to
 *    chain home, and the move stands if at most one of them stays out (lowest priority ejected first);
 *    a tabu tenure keeps r from being pushed straight back out.
 * The best schedule seen (placed, then priority, then preferred slots) is kept and restored at the end.
 */
import type { Model } from './model';
import { randInt, type Rng } from './rng';
import type { State } from './state';

export interface ImproveOptions {
  deadline: number;
  maxIterations: number;
  /** Stop when the placed count reaches this (the upper bound) and priorities cannot improve further. */
  target: number;
  /** Stop after this many iterations without a better schedule. */
  stallLimit: number;
  rng: Rng;
}

// Measured on the benchmark: many cheap shallow chains (the sideways moves do the deep work) beat deep ones.
const CHAIN_DEPTH = 1;
const CHAIN_WIDTH = 8;

export function improve(m: Model, state: State, opts: ImproveOptions): number {
  const { rng } = opts;
  const unplaced: number[] = [];
  const where = new Int32Array(m.R).fill(-1);
  const addUnplaced = (r: number) => {
    where[r] = unplaced.length;
    unplaced.push(r);
  };
  const dropUnplaced = (r: number) => {
    const last = unplaced.pop() as number;
    if (last !== r) {
      unplaced[where[r]] = last;
      where[last] = where[r];
    }
    where[r] = -1;
  };
  for (let r = 0; r < m.R; r++) if (state.slotOf[r] < 0 && m.domain[r].length) addUnplaced(r);
  // At the bound, only a higher-priority unplaced request could still improve the schedule.
  const finished = (slotOf: Int32Array, placed: number): boolean => {
    if (placed < opts.target) return false;
    let minPlaced = Infinity;
    let maxUnplaced = -Infinity;
    for (let r = 0; r < m.R; r++) {
      if (slotOf[r] >= 0) minPlaced = Math.min(minPlaced, m.prio[r]);
      else if (m.domain[r].length) maxUnplaced = Math.max(maxUnplaced, m.prio[r]);
    }
    return maxUnplaced <= minPlaced;
  };

  const lockStamp = new Int32Array(m.R);
  const tabuUntil = new Int32Array(m.R);
  let stamp = 0;
  let iter = 0;
  const chainLocked = (b: number) => lockStamp[b] === stamp;
  const tabu = (b: number) => tabuUntil[b] > iter;
  const buf: number[] = [];

  // Journal of moves (request, slot it was placed in or removed from; removals as ~slot), for rollback.
  const log: number[] = [];
  const put = (r: number, s: number) => {
    state.place(r, s);
    log.push(r, s);
  };
  const take = (r: number) => log.push(r, ~state.remove(r));
  const rollback = (mark: number) => {
    while (log.length > mark) {
      const s = log.pop() as number;
      const r = log.pop() as number;
      if (s >= 0) state.remove(r);
      else state.place(r, ~s);
    }
  };

  /** Candidate slots for r with at most `maxBlockers` ejections, as [s, b1, b2?] lists (fewest first). */
  const options = (
    r: number,
    locked: (b: number) => boolean,
    maxBlockers: number,
    limit: number,
  ): number[][] => {
    const dom = m.domain[r];
    const found: number[][] = [];
    const off = randInt(rng, dom.length);
    for (let i = 0; i < dom.length; i++) {
      const s = dom[(i + off) % dom.length];
      if (!state.blockers(r, s, buf, locked) || buf.length > maxBlockers) continue;
      if (buf.length === 0) return [[s]];
      found.push([s, ...buf]);
    }
    const weight = (o: number[]) => o.length * 1e9 + o.slice(1).reduce((sum, b) => sum + m.prio[b], 0);
    found.sort((x, y) => weight(x) - weight(y));
    return found.slice(0, limit);
  };

  /**
   * Places r through an ejection chain of up to `depth` levels: r takes a slot, the one or two meetings in
   * its way are ejected and placed again the same way. On failure the state is rolled back.
   */
  const insert = (r: number, depth: number): boolean => {
    lockStamp[r] = stamp;
    const opts = options(r, chainLocked, depth > 0 ? 2 : 0, CHAIN_WIDTH);
    const mark = log.length;
    for (const [s, ...ejected] of opts) {
      if (ejected.some(chainLocked)) continue;
      for (const b of ejected) take(b);
      put(r, s);
      if (ejected.every((b) => insert(b, depth - 1))) return true;
      rollback(mark);
    }
    return false;
  };

  /**
   * Sideways move when no chain exists: r takes a slot whose one or two (non-tabu) blockers leave, each
   * then tries a chain home; kept if at most one meeting ends up out (the count does not drop).
   */
  const kick = (r: number): void => {
    const [choice] = options(r, tabu, 2, 1);
    if (!choice) return;
    const [s, ...ejected] = choice;
    const mark = log.length;
    for (const b of ejected) take(b);
    put(r, s);
    const out = ejected.filter((b) => {
      stamp++;
      lockStamp[r] = stamp;
      return !insert(b, CHAIN_DEPTH - 1);
    });
    if (out.length > 1) {
      rollback(mark);
      return;
    }
    dropUnplaced(r);
    for (const b of out) addUnplaced(b);
    tabuUntil[r] = iter + 5 + randInt(rng, 10);
  };

  let best = state.snapshot();
  let done = finished(best.slotOf, best.placed);
  let lastGain = 0;
  while (unplaced.length && !done && iter < opts.maxIterations && iter - lastGain < opts.stallLimit) {
    if ((iter & 7) === 0 && performance.now() >= opts.deadline) break;
    iter++;
    stamp++;
    const r = unplaced[randInt(rng, unplaced.length)];
    if (insert(r, CHAIN_DEPTH)) dropUnplaced(r);
    else kick(r);
    log.length = 0;
    if (state.better(best)) {
      best = state.snapshot();
      done = finished(best.slotOf, best.placed);
      lastGain = iter;
    }
  }
  restore(state, best.slotOf);
  return iter;
}

export function restore(state: State, slotOf: Int32Array): void {
  for (let r = 0; r < state.m.R; r++) if (state.slotOf[r] >= 0) state.remove(r);
  for (let r = 0; r < state.m.R; r++) if (slotOf[r] >= 0) state.place(r, slotOf[r]);
}

/** Moves placed meetings into a preferred slot when one is free for the whole party. */
export function polishPreferences(m: Model, state: State): void {
  for (let r = 0; r < m.R; r++) {
    const pref = m.preferred[r];
    const at = state.slotOf[r];
    if (!pref || at < 0 || pref.has(at)) continue;
    state.remove(r);
    const to = [...pref].sort((a, b) => a - b).find((s) => state.canPlace(r, s));
    state.place(r, to ?? at);
  }
}
