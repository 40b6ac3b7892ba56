/**
 * Local search after construction. Each iteration takes a random unplaced request r and:
 * 1. looks for an ejection chain (an augmenting path): put r into slot s by moving out the single meeting
 *    b in its way, then re-place b the same way, up to `depth` links; a chain that ends in a free slot
 *    places one more meeting without losing any;
 * 2. failing that, makes a sideways (plateau) move: r takes the slot of one blocking meeting b of no
 *    higher priority, and b becomes unplaced; a tabu tenure keeps r from being pushed straight back out.
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

const CHAIN_DEPTH = 3;
const CHAIN_WIDTH = 4;

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
  const bufs = Array.from({ length: CHAIN_DEPTH + 2 }, () => [] as number[]);
  const cands = Array.from({ length: CHAIN_DEPTH + 2 }, () => [] as number[]);

  /** Places r, possibly through an ejection chain of up to `depth` moves; leaves the state unchanged on failure. */
  const insert = (r: number, depth: number): boolean => {
    const dom = m.domain[r];
    const buf = bufs[depth];
    const next = cands[depth];
    next.length = 0;
    lockStamp[r] = stamp;
    const off = randInt(rng, dom.length);
    for (let i = 0; i < dom.length; i++) {
      const s = dom[(i + off) % dom.length];
      if (!state.blockers(r, s, buf, chainLocked)) continue;
      if (buf.length === 0) {
        state.place(r, s);
        return true;
      }
      if (depth > 0 && buf.length === 1 && next.length < 2 * CHAIN_WIDTH) next.push(s, buf[0]);
    }
    // Deeper levels use their own buffers, so `next` stays intact while we recurse.
    for (let i = 0; i < next.length; i += 2) {
      const s = next[i];
      const b = next[i + 1];
      if (lockStamp[b] === stamp) continue;
      const prev = state.remove(b);
      state.place(r, s);
      if (insert(b, depth - 1)) return true;
      state.remove(r);
      state.place(b, prev);
    }
    return false;
  };

  /** Sideways move: r replaces one blocking meeting of no higher priority (random among the best). */
  const kick = (r: number): void => {
    const dom = m.domain[r];
    const buf = bufs[CHAIN_DEPTH + 1];
    let pickS = -1;
    let pickB = -1;
    let seen = 0;
    const off = randInt(rng, dom.length);
    for (let i = 0; i < dom.length; i++) {
      const s = dom[(i + off) % dom.length];
      if (!state.blockers(r, s, buf, tabu) || buf.length !== 1 || m.prio[buf[0]] > m.prio[r]) continue;
      if (randInt(rng, ++seen) === 0) {
        pickS = s;
        pickB = buf[0];
      }
    }
    if (pickS < 0) return;
    state.remove(pickB);
    state.place(r, pickS);
    dropUnplaced(r);
    addUnplaced(pickB);
    tabuUntil[r] = iter + 5 + randInt(rng, 10);
  };

  let best = state.snapshot();
  let done = finished(best.slotOf, best.placed);
  let lastGain = 0;
  while (unplaced.length && !done && iter < opts.maxIterations && iter - lastGain < opts.stallLimit) {
    if ((iter & 31) === 0 && performance.now() >= opts.deadline) break;
    iter++;
    stamp++;
    const r = unplaced[randInt(rng, unplaced.length)];
    if (insert(r, CHAIN_DEPTH)) dropUnplaced(r);
    else kick(r);
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
