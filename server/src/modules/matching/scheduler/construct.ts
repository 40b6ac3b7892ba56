/**
 * Matching-based construction. Hosts (exhibitors) are taken most over-asked first; for each, a maximum
 * matching of its requests to the slots still feasible for the whole party (buyers free, tables left,
 * daily rooms) is grown one augmenting path at a time in priority order — in a matching matroid that
 * greedy order yields a maximum matching of maximum priority. Slots are offered to the path search
 * preferred-first, then least-wanted by the buyers' other requests, to leave room for later hosts.
 */
import { pressure } from './bound';
import { Flow } from './flow';
import { NO_LIMIT, type Model } from './model';
import type { State } from './state';

export function constructByMatching(m: Model, state: State): void {
  const { S, D } = m;
  const need = new Int32Array(m.P * S);
  const byHost = new Map<number, number[]>();
  for (let r = 0; r < m.R; r++) {
    if (!m.domain[r].length || state.slotOf[r] >= 0) continue;
    for (const p of m.parts[r]) for (const s of m.domain[r]) need[p * S + s]++;
    const h = m.parts[r][0];
    const list = byHost.get(h);
    if (list) list.push(r);
    else byHost.set(h, [r]);
  }
  const press = pressure(m);
  const hosts = [...byHost.keys()].sort((a, b) => press[b] - press[a] || a - b);
  const sink = (k: number) => k + S + D;

  for (const h of hosts) {
    const reqs = (byHost.get(h) as number[]).sort(
      (a, b) => m.prio[b] - m.prio[a] || m.domain[a].length - m.domain[b].length || a - b,
    );
    const k = reqs.length;
    const flow = new Flow(k + S + D + 1);
    for (let d = 0; d < D; d++) {
      const room = m.dayRoom[h * D + d];
      flow.addEdge(k + S + d, sink(k), room >= NO_LIMIT ? S : Math.max(0, room - state.dayUsed[h * D + d]));
    }
    for (let s = 0; s < S; s++) flow.addEdge(k + s, k + S + m.dayOf[s], 1);
    reqs.forEach((r, i) => {
      const score = (s: number) => {
        let v = m.preferred[r]?.has(s) ? 1e6 : 0;
        for (const p of m.parts[r]) if (p !== h) v -= need[p * S + s];
        return v;
      };
      const cands = Array.from(m.domain[r]).filter((s) => state.canPlace(r, s));
      // The path search tries the most recently added edge first, so add the best slot last.
      cands.sort((a, b) => score(a) - score(b) || b - a);
      for (const s of cands) flow.addEdge(i, k + s, 1);
    });
    reqs.forEach((_, i) => flow.augment(i, sink(k)));
    reqs.forEach((r, i) => {
      for (const { v, flow: f } of flow.flowsFrom(i)) {
        if (f > 0 && v >= k && v < k + S && state.canPlace(r, v - k)) state.place(r, v - k);
      }
      for (const p of m.parts[r]) for (const s of m.domain[r]) need[p * S + s]--;
    });
  }
}
