/** Max flow (Dinic) on a growable edge list, plus single augmenting paths for incremental matching. */
export class Flow {
  private head: Int32Array;
  private to: Int32Array;
  private cap: Int32Array;
  private next: Int32Array;
  private edges = 0;
  private level: Int32Array;
  private iter: Int32Array;
  private queue: Int32Array;

  /** n nodes; edgeHint = expected number of edges (storage grows past it). */
  constructor(
    readonly n: number,
    edgeHint = 16,
  ) {
    this.head = new Int32Array(n).fill(-1);
    this.level = new Int32Array(n);
    this.iter = new Int32Array(n);
    this.queue = new Int32Array(n);
    this.to = new Int32Array(2 * edgeHint);
    this.cap = new Int32Array(2 * edgeHint);
    this.next = new Int32Array(2 * edgeHint);
  }

  private grow(): void {
    const size = this.to.length * 2;
    const bigger = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.to = bigger(this.to);
    this.cap = bigger(this.cap);
    this.next = bigger(this.next);
  }

  /** Adds u→v with capacity c; returns the edge index (its reverse is index ^ 1). */
  addEdge(u: number, v: number, c: number): number {
    const e = this.edges;
    if (e + 2 > this.to.length) this.grow();
    this.to[e] = v;
    this.to[e + 1] = u;
    this.cap[e] = c;
    this.cap[e + 1] = 0;
    this.next[e] = this.head[u];
    this.next[e + 1] = this.head[v];
    this.head[u] = e;
    this.head[v] = e + 1;
    this.edges += 2;
    return e;
  }

  private bfs(s: number, t: number): boolean {
    this.level.fill(-1);
    const queue = this.queue;
    let tail = 0;
    queue[tail++] = s;
    this.level[s] = 0;
    for (let qi = 0; qi < tail; qi++) {
      const u = queue[qi];
      for (let e = this.head[u]; e !== -1; e = this.next[e]) {
        const v = this.to[e];
        if (this.cap[e] > 0 && this.level[v] < 0) {
          this.level[v] = this.level[u] + 1;
          queue[tail++] = v;
        }
      }
    }
    return this.level[t] >= 0;
  }

  /** Iterative blocking-flow DFS (no recursion: graphs here have long paths). */
  private push(s: number, t: number): number {
    let total = 0;
    const pathEdges: number[] = [];
    let u = s;
    for (;;) {
      if (u === t) {
        let f = Infinity;
        for (const e of pathEdges) f = Math.min(f, this.cap[e]);
        for (const e of pathEdges) {
          this.cap[e] -= f;
          this.cap[e ^ 1] += f;
        }
        total += f;
        pathEdges.length = 0;
        u = s;
        continue;
      }
      let e = this.iter[u];
      while (e !== -1 && !(this.cap[e] > 0 && this.level[this.to[e]] === this.level[u] + 1)) e = this.next[e];
      this.iter[u] = e;
      if (e !== -1) {
        pathEdges.push(e);
        u = this.to[e];
        continue;
      }
      if (u === s) return total;
      this.level[u] = -1; // dead end
      const back = pathEdges.pop() as number;
      u = this.to[back ^ 1];
      this.iter[u] = this.next[this.iter[u]];
    }
  }

  maxflow(s: number, t: number): number {
    let flow = 0;
    while (this.bfs(s, t)) {
      this.iter.set(this.head);
      flow += this.push(s, t);
    }
    return flow;
  }

  /** Finds one augmenting path from `from` to t in the residual graph (BFS) and pushes one unit along it. */
  augment(from: number, t: number): boolean {
    const prevEdge = this.iter; // reused as scratch: only maxflow() reads iter
    const seen = this.level;
    seen.fill(0);
    seen[from] = 1;
    const queue = this.queue;
    let tail = 0;
    queue[tail++] = from;
    for (let qi = 0; qi < tail; qi++) {
      const u = queue[qi];
      for (let e = this.head[u]; e !== -1; e = this.next[e]) {
        const v = this.to[e];
        if (this.cap[e] <= 0 || seen[v]) continue;
        seen[v] = 1;
        prevEdge[v] = e;
        if (v === t) {
          for (let x = t; x !== from; x = this.to[prevEdge[x] ^ 1]) {
            this.cap[prevEdge[x]]--;
            this.cap[prevEdge[x] ^ 1]++;
          }
          return true;
        }
        queue[tail++] = v;
      }
    }
    return false;
  }

  /** Edges leaving u with their head and flow (capacity used), for reading a matching back. */
  *flowsFrom(u: number): Generator<{ v: number; flow: number }> {
    for (let e = this.head[u]; e !== -1; e = this.next[e]) {
      if ((e & 1) === 0) yield { v: this.to[e], flow: this.cap[e ^ 1] };
    }
  }
}
