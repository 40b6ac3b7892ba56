import { cellKeyOf, neighbourKeys } from './aoi';
import type { HallSocket } from './hall.types';
import { INTEREST, selectNearest } from './interest';

/** Someone walking the hall: a connection on this node (`socket` set) or on another one. */
export interface Walker {
  id: string;
  name: string;
  /** `"id":"…"` and `"name":"…"`, serialised once. */
  idJson: string;
  nameJson: string;
  x: number;
  z: number;
  ry: number;
  cell: number;
  socket?: HallSocket;
  /** Remote walkers: when another node last told us about it. */
  seenAt: number;
  /** Number of the flush that has a position update of this walker to tell (see PeerWorld.flushNo). */
  mark: number;
  gone: boolean;
  /** Serialised update of this walker, valid for the flush numbered `fragNo`. */
  frag: string;
  fragNo: number;
  /** Local walkers as observers: the peers this connection has been told about (by id). */
  known?: Map<string, Walker>;
  recheckAt: number;
  /** Stamp of the last interest computation that picked this walker. */
  pick: number;
  windowStart: number;
  movesInWindow: number;
}

export function newWalker(id: string, name: string, socket?: HallSocket): Walker {
  return {
    id,
    name,
    idJson: `"id":${JSON.stringify(id)}`,
    nameJson: `"name":${JSON.stringify(name)}`,
    x: 0,
    z: 0,
    ry: 0,
    cell: -1,
    socket,
    seenAt: 0,
    mark: 0,
    gone: false,
    frag: '',
    fragNo: -1,
    known: socket ? new Map() : undefined,
    recheckAt: 0,
    pick: 0,
    windowStart: 0,
    movesInWindow: 0,
  };
}

/** One event's walkers on a grid of cells (all nodes' walkers; observers are the local ones). */
export class PeerWorld {
  readonly walkers = new Map<string, Walker>();
  readonly observers = new Set<Walker>();
  private readonly cells = new Map<number, Set<Walker>>();
  private stamp = 0;
  private dist = new Float64Array(512);
  private readonly candidates: Walker[] = [];

  get size(): number {
    return this.walkers.size;
  }

  /** Places a walker (new or moved); returns true when it changed cell. */
  place(w: Walker, x: number, z: number, ry: number): boolean {
    w.x = x;
    w.z = z;
    w.ry = ry;
    const cell = cellKeyOf(x, z);
    if (cell === w.cell) return false;
    if (w.cell >= 0) this.cells.get(w.cell)?.delete(w);
    else {
      this.walkers.set(w.id, w);
      if (w.socket) this.observers.add(w);
    }
    w.cell = cell;
    let set = this.cells.get(cell);
    if (!set) this.cells.set(cell, (set = new Set()));
    set.add(w);
    this.wake(w);
    return true;
  }

  remove(w: Walker): void {
    if (this.walkers.get(w.id) !== w) return;
    w.gone = true;
    this.walkers.delete(w.id);
    this.observers.delete(w);
    const set = this.cells.get(w.cell);
    set?.delete(w);
    if (set?.size === 0) this.cells.delete(w.cell);
  }

  /** A walker arrived in a cell: it rechecks its interest now, and so do nearby observers with room left. */
  private wake(w: Walker): void {
    w.recheckAt = 0;
    for (const key of neighbourKeys(w.cell)) {
      const set = this.cells.get(key);
      if (set) for (const o of set) if (o.known && o.known.size < INTEREST.nearest) o.recheckAt = 0;
    }
  }

  /**
   * When due, recomputes `o.known` as its nearest peers: ids that drop out are pushed to `left`, newly known
   * peers to `entered`. (Peers gone or out of the 3×3 cells are removed by the caller's pass over `known`.)
   */
  refreshInterest(o: Walker, now: number, entered: Walker[], left: string[]): void {
    const known = o.known!;
    if (now < o.recheckAt) return;
    o.recheckAt = now + INTEREST.recheckMs * (0.75 + Math.random() * 0.5);
    const cands = this.candidates;
    cands.length = 0;
    for (const key of neighbourKeys(o.cell)) {
      const set = this.cells.get(key);
      if (set) for (const p of set) if (p !== o) cands.push(p);
    }
    if (this.dist.length < cands.length) this.dist = new Float64Array(cands.length * 2);
    const d = this.dist;
    for (let i = 0; i < cands.length; i++) {
      const p = cands[i];
      const dx = p.x - o.x;
      const dz = p.z - o.z;
      d[i] = (dx * dx + dz * dz) * (known.get(p.id) === p ? INTEREST.stickiness : 1);
    }
    const stamp = ++this.stamp;
    const chosen = selectNearest(cands, d, INTEREST.nearest);
    for (const p of chosen) p.pick = stamp;
    for (const [id, p] of known) {
      if (p.pick !== stamp) {
        known.delete(id);
        left.push(id);
      }
    }
    for (const p of chosen) {
      if (known.has(p.id) || left.includes(p.id)) continue; // a same-id replacement waits for the next check
      known.set(p.id, p);
      entered.push(p);
    }
    cands.length = 0;
  }
}
