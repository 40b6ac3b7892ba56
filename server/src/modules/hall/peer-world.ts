import { metresOf } from '@pameran/contracts';
import { cellKeyOf, neighbourKeys } from './aoi';
import type { HallSocket } from './hall.types';
import { INTEREST, selectNearest } from './interest';

/** Someone walking the hall: a connection on this node (`socket` set) or on another one. */
export interface Walker {
  id: string;
  name: string;
  /** The walker's number in `peers` frames on this node (docs/decisions/0023-peers-frame.md). */
  handle: number;
  /** `"id","name"` as JSON, serialised once. */
  idNameJson: string;
  /** Position in metres (for the grid and distances) and as sent: centimetres and a heading byte. */
  x: number;
  z: number;
  qx: number;
  qz: number;
  qry: number;
  /** Bumped when the quantised position changes; observers remember the version they were sent. */
  version: number;
  /** A load generator's stamp from the last move (0: none). */
  stamp: number;
  cell: number;
  /** Where the walker is in its cell's array (for removal by swapping with the last). */
  slot: number;
  socket?: HallSocket;
  /** Remote walkers: when another node last told us about it. */
  seenAt: number;
  gone: boolean;
  /** Serialised `handle,x,z,ry` (and `handle,stamp`) of this walker, valid while `fragVersion === version`. */
  frag: string;
  stampFrag: string;
  fragVersion: number;
  /** Serialised enter record, valid while `enterVersion === version`. */
  enterFrag: string;
  enterVersion: number;
  /** Local walkers as observers: the peers this connection has been told about (by id). */
  known?: Map<string, Seen>;
  recheckAt: number;
  /** Stamp of the last interest computation that marked this walker (as known, then as picked). */
  pick: number;
  windowStart: number;
  movesInWindow: number;
}

/** What an observer was last told of a peer: its version, in which flush. */
export interface Seen {
  peer: Walker;
  version: number;
  flushNo: number;
}

let lastHandle = 0;

export function newWalker(id: string, name: string, socket?: HallSocket): Walker {
  return {
    id,
    name,
    handle: ++lastHandle,
    idNameJson: `${JSON.stringify(id)},${JSON.stringify(name)}`,
    x: 0,
    z: 0,
    qx: 0,
    qz: 0,
    qry: 0,
    version: 0,
    stamp: 0,
    cell: -1,
    slot: -1,
    socket,
    seenAt: 0,
    gone: false,
    frag: '',
    stampFrag: '',
    fragVersion: -1,
    enterFrag: '',
    enterVersion: -1,
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
  /** Walkers per cell, as arrays: iterating them is the interest check's inner loop. */
  private readonly cells = new Map<number, Walker[]>();
  private stamp = 0;
  private dist = new Float64Array(512);
  private readonly candidates: Walker[] = [];
  private readonly around: number[] = [];

  get size(): number {
    return this.walkers.size;
  }

  /**
   * Places a walker (new or moved) at quantised `qx, qz` (cm) facing `qry`; returns false when nothing
   * changed (the walker keeps its version: observers are not sent the same position again).
   */
  place(w: Walker, qx: number, qz: number, qry: number, stamp = 0): boolean {
    w.stamp = stamp;
    if (w.cell >= 0 && qx === w.qx && qz === w.qz && qry === w.qry) return false;
    w.qx = qx;
    w.qz = qz;
    w.qry = qry;
    w.x = metresOf(qx);
    w.z = metresOf(qz);
    w.version++;
    const cell = cellKeyOf(w.x, w.z);
    if (cell === w.cell) return true;
    if (w.cell >= 0) this.leaveCell(w);
    else {
      this.walkers.set(w.id, w);
      if (w.socket) this.observers.add(w);
    }
    w.cell = cell;
    let list = this.cells.get(cell);
    if (!list) this.cells.set(cell, (list = []));
    w.slot = list.length;
    list.push(w);
    this.wake(w);
    return true;
  }

  remove(w: Walker): void {
    if (this.walkers.get(w.id) !== w) return;
    w.gone = true;
    this.walkers.delete(w.id);
    this.observers.delete(w);
    this.leaveCell(w);
  }

  private leaveCell(w: Walker): void {
    const list = this.cells.get(w.cell);
    if (!list || list[w.slot] !== w) return;
    const last = list.pop()!;
    if (last !== w) {
      list[w.slot] = last;
      last.slot = w.slot;
    }
    w.slot = -1;
    if (!list.length) this.cells.delete(w.cell);
  }

  /** A walker arrived in a cell: it rechecks its interest now, and so do nearby observers with room left. */
  private wake(w: Walker): void {
    w.recheckAt = 0;
    for (const key of neighbourKeys(w.cell, this.around)) {
      const list = this.cells.get(key);
      if (list) for (const o of list) if (o.known && o.known.size < INTEREST.nearest) o.recheckAt = 0;
    }
  }

  /**
   * When due, recomputes `o.known` as its nearest peers: peers that drop out are pushed to `left`, newly
   * known peers to `entered` (as told in flush `flushNo`). (Peers gone or out of the 3×3 cells are removed
   * by the caller's pass over `known`.)
   */
  refreshInterest(o: Walker, now: number, entered: Walker[], left: Walker[], flushNo = 0): void {
    const known = o.known!;
    if (now < o.recheckAt) return;
    o.recheckAt = now + INTEREST.recheckMs * (0.75 + Math.random() * 0.5);
    const cands = this.candidates;
    cands.length = 0;
    for (const key of neighbourKeys(o.cell, this.around)) {
      const list = this.cells.get(key);
      if (!list) continue;
      for (let i = 0; i < list.length; i++) if (list[i] !== o) cands.push(list[i]);
    }
    if (this.dist.length < cands.length) this.dist = new Float64Array(cands.length * 2);
    const d = this.dist;
    // Mark the peers already known (instead of a map lookup per candidate: ~200 of them in a crowd).
    const knownStamp = ++this.stamp;
    for (const seen of known.values()) seen.peer.pick = knownStamp;
    for (let i = 0; i < cands.length; i++) {
      const p = cands[i];
      const dx = p.x - o.x;
      const dz = p.z - o.z;
      d[i] = (dx * dx + dz * dz) * (p.pick === knownStamp ? INTEREST.stickiness : 1);
    }
    const stamp = ++this.stamp;
    const chosen = selectNearest(cands, d, INTEREST.nearest);
    for (const p of chosen) p.pick = stamp;
    for (const [id, seen] of known) {
      if (seen.peer.pick !== stamp) {
        known.delete(id);
        left.push(seen.peer);
      }
    }
    for (const p of chosen) {
      // A same-id replacement (another node re-announced it) waits for the next check.
      if (known.has(p.id) || left.some((q) => q.id === p.id)) continue;
      known.set(p.id, { peer: p, version: p.version, flushNo });
      entered.push(p);
    }
    cands.length = 0;
  }
}
