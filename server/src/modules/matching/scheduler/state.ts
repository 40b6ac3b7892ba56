/** A mutable schedule over a Model: who sits where, with O(|participants|) feasibility checks and moves. */
import type { Model } from './model';

export class State {
  /** occ[p*S+s] = request occupying participant p in slot s, or -1. */
  readonly occ: Int32Array;
  readonly dayUsed: Int32Array;
  readonly tablesUsed: Int32Array;
  readonly slotOf: Int32Array;
  /** Requests placed in each slot (unordered), and each request's position in that list. */
  private readonly atSlot: number[][];
  private readonly pos: Int32Array;
  placed = 0;
  prioSum = 0;
  prefHits = 0;

  constructor(readonly m: Model) {
    this.occ = new Int32Array(m.P * m.S).fill(-1);
    this.dayUsed = new Int32Array(m.P * m.D);
    this.tablesUsed = new Int32Array(m.S);
    this.slotOf = new Int32Array(m.R).fill(-1);
    this.atSlot = Array.from({ length: m.S }, () => []);
    this.pos = new Int32Array(m.R);
  }

  canPlace(r: number, s: number): boolean {
    const { S, D, open, dayRoom, dayOf } = this.m;
    const d = dayOf[s];
    for (const p of this.m.parts[r]) {
      if (!open[p * S + s] || this.occ[p * S + s] !== -1 || this.dayUsed[p * D + d] >= dayRoom[p * D + d])
        return false;
    }
    return !this.m.onsite[r] || this.tablesUsed[s] < this.m.tableCap[s];
  }

  place(r: number, s: number): void {
    const { S, D, dayOf } = this.m;
    for (const p of this.m.parts[r]) {
      this.occ[p * S + s] = r;
      this.dayUsed[p * D + dayOf[s]]++;
    }
    if (this.m.onsite[r]) this.tablesUsed[s]++;
    this.slotOf[r] = s;
    this.pos[r] = this.atSlot[s].length;
    this.atSlot[s].push(r);
    this.placed++;
    this.prioSum += this.m.prio[r];
    if (this.m.preferred[r]?.has(s)) this.prefHits++;
  }

  remove(r: number): number {
    const { S, D, dayOf } = this.m;
    const s = this.slotOf[r];
    for (const p of this.m.parts[r]) {
      this.occ[p * S + s] = -1;
      this.dayUsed[p * D + dayOf[s]]--;
    }
    if (this.m.onsite[r]) this.tablesUsed[s]--;
    this.slotOf[r] = -1;
    const list = this.atSlot[s];
    const last = list.pop() as number;
    if (last !== r) {
      list[this.pos[r]] = last;
      this.pos[last] = this.pos[r];
    }
    this.placed--;
    this.prioSum -= this.m.prio[r];
    if (this.m.preferred[r]?.has(s)) this.prefHits--;
    return s;
  }

  /**
   * The placed requests that must leave so that r fits in slot s (written into `out`): the meetings its
   * participants hold in s, plus, where a participant's day or the slot's tables are still full, the most
   * movable other meeting of that day/slot. Returns false when no ejection can make room (unavailable,
   * busy, or a needed request is `locked`).
   */
  blockers(r: number, s: number, out: number[], locked: (b: number) => boolean): boolean {
    const { S, D, open, dayRoom, dayOf, parts, domain } = this.m;
    out.length = 0;
    const ps = parts[r];
    for (const p of ps) {
      if (!open[p * S + s]) return false;
      const b = this.occ[p * S + s];
      if (b >= 0 && !out.includes(b)) {
        if (locked(b)) return false;
        out.push(b);
      }
    }
    const d = dayOf[s];
    for (const p of ps) {
      let used = this.dayUsed[p * D + d];
      if (used < dayRoom[p * D + d]) continue;
      for (const b of out) if (dayOf[this.slotOf[b]] === d && parts[b].includes(p)) used--;
      if (used < dayRoom[p * D + d]) continue;
      let best = -1;
      for (let t = 0; t < S; t++) {
        if (dayOf[t] !== d || t === s) continue;
        const b = this.occ[p * S + t];
        if (b >= 0 && !out.includes(b) && !locked(b) && (best < 0 || domain[b].length > domain[best].length))
          best = b;
      }
      if (best < 0) return false;
      out.push(best);
    }
    if (this.m.onsite[r]) {
      let used = this.tablesUsed[s];
      for (const b of out) if (this.m.onsite[b] && this.slotOf[b] === s) used--;
      if (used >= this.m.tableCap[s]) {
        let best = -1;
        for (const b of this.atSlot[s]) {
          if (
            this.m.onsite[b] &&
            !out.includes(b) &&
            !locked(b) &&
            (best < 0 || domain[b].length > domain[best].length)
          )
            best = b;
        }
        if (best < 0) return false;
        out.push(best);
      }
    }
    return true;
  }

  /** Lexicographic objective: placed count, then priority, then preferred slots. */
  better(than: { placed: number; prioSum: number; prefHits: number }): boolean {
    if (this.placed !== than.placed) return this.placed > than.placed;
    if (this.prioSum !== than.prioSum) return this.prioSum > than.prioSum;
    return this.prefHits > than.prefHits;
  }

  snapshot(): { slotOf: Int32Array; placed: number; prioSum: number; prefHits: number } {
    return {
      slotOf: this.slotOf.slice(),
      placed: this.placed,
      prioSum: this.prioSum,
      prefHits: this.prefHits,
    };
  }
}
