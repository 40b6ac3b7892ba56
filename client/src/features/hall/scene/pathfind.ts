import { blockedAt, cellAt, cellOf, centreOf, type WalkGrid } from './walkGrid';

export interface Point {
  x: number;
  z: number;
}

const NEIGHBOURS = [
  [1, 0, 1],
  [-1, 0, 1],
  [0, 1, 1],
  [0, -1, 1],
  [1, 1, Math.SQRT2],
  [1, -1, Math.SQRT2],
  [-1, 1, Math.SQRT2],
  [-1, -1, Math.SQRT2],
] as const;

/** A small binary heap of cell indices by score. */
class Heap {
  private items: number[] = [];
  constructor(private readonly score: Float32Array) {}
  get size() {
    return this.items.length;
  }
  push(i: number) {
    const a = this.items;
    a.push(i);
    let k = a.length - 1;
    while (k > 0) {
      const p = (k - 1) >> 1;
      if (this.score[a[p]] <= this.score[a[k]]) break;
      [a[p], a[k]] = [a[k], a[p]];
      k = p;
    }
  }
  pop(): number {
    const a = this.items;
    const top = a[0];
    const last = a.pop() as number;
    if (a.length > 0) {
      a[0] = last;
      let k = 0;
      for (;;) {
        const l = 2 * k + 1;
        const r = l + 1;
        let m = k;
        if (l < a.length && this.score[a[l]] < this.score[a[m]]) m = l;
        if (r < a.length && this.score[a[r]] < this.score[a[m]]) m = r;
        if (m === k) break;
        [a[m], a[k]] = [a[k], a[m]];
        k = m;
      }
    }
    return top;
  }
}

/** True when a walker can go straight from a to b without touching a booth. */
export function clearLine(g: WalkGrid, a: Point, b: Point): boolean {
  const steps = Math.ceil(Math.hypot(b.x - a.x, b.z - a.z) / 0.5);
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    if (blockedAt(g, a.x + (b.x - a.x) * t, a.z + (b.z - a.z) * t) !== 0) return false;
  }
  return true;
}

/**
 * Waypoints from `from` to `to` around the booths (A* over the 2 m grid, no corner cutting), with
 * needless corners removed; empty when `to` cannot be reached.
 */
export function findPath(g: WalkGrid, from: Point, to: Point): Point[] {
  if (clearLine(g, from, to)) return [to];
  const start = cellOf(g, from.x, from.z);
  const goal = cellOf(g, to.x, to.z);
  if (cellAt(g, goal.c, goal.r) !== 0) return [];
  const n = g.cols * g.rows;
  const cost = new Float32Array(n).fill(Infinity);
  const score = new Float32Array(n).fill(Infinity);
  const came = new Int32Array(n).fill(-1);
  const s = start.r * g.cols + start.c;
  const goalIndex = goal.r * g.cols + goal.c;
  const h = (c: number, r: number) => Math.hypot(c - goal.c, r - goal.r);
  cost[s] = 0;
  score[s] = h(start.c, start.r);
  const open = new Heap(score);
  open.push(s);
  while (open.size > 0) {
    const cur = open.pop();
    if (cur === goalIndex) break;
    const c = cur % g.cols;
    const r = (cur - c) / g.cols;
    for (const [dc, dr, step] of NEIGHBOURS) {
      const nc = c + dc;
      const nr = r + dr;
      if (cellAt(g, nc, nr) !== 0) continue;
      if (dc && dr && (cellAt(g, c + dc, r) !== 0 || cellAt(g, c, r + dr) !== 0)) continue;
      const ni = nr * g.cols + nc;
      const next = cost[cur] + step;
      if (next >= cost[ni]) continue;
      cost[ni] = next;
      came[ni] = cur;
      score[ni] = next + h(nc, nr);
      open.push(ni);
    }
  }
  if (came[goalIndex] === -1 && goalIndex !== s) return [];
  const cells: Point[] = [];
  for (let i = goalIndex; i !== s && i !== -1; i = came[i])
    cells.push(centreOf(g, i % g.cols, Math.floor(i / g.cols)));
  cells.reverse();
  cells[cells.length - 1] = to;
  // Keep only the corners: skip every waypoint reachable in a straight line from the last kept one.
  const path: Point[] = [];
  let anchor = from;
  for (let i = 0; i < cells.length; i++) {
    const ahead = cells[i + 1];
    if (ahead && clearLine(g, anchor, ahead)) continue;
    path.push(cells[i]);
    anchor = cells[i];
  }
  return path;
}
