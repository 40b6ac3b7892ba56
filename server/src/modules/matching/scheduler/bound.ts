/**
 * Upper bound on the number of requests any valid schedule can place.
 *
 * Argument. Give every request two "owners" from different sides: side 1 is its host (participantIds[0])
 * or, for an on-site request, the table pool; side 2 is its most pressed other participant or the table
 * pool (or nobody). Build the flow network
 *
 *   source → day(o1,d) → slot(o1,s) → r_in → r_out → slot(o2,s') → day(o2,d') → sink
 *
 * with capacity 1 on every slot node and on r_in→r_out, the participant's remaining daily room
 * (dailyLimit − busy that day) on its day node, and the number of free tables on a table-pool slot node.
 * Edges slot(o1,s)→r_in and r_out→slot(o2,s) exist for the slots s in r's static domain.
 *
 * Take any valid schedule X. Route each placed request r along its own slot s on both sides. A valid
 * schedule gives each participant at most one meeting per slot and no more than its daily room per day,
 * and at most tableCap(s) on-site meetings per slot, so every capacity holds: this is a feasible flow of
 * value |X|. Hence |X| ≤ maxflow for every choice of owners, and the minimum over several owner choices
 * is still a valid bound. (The relaxation lets a request use different slots on the two sides; that, and
 * the participants left out as owners, is all the bound gives away.)
 */
import { Flow } from './flow';
import { NO_LIMIT, type Model } from './model';

const FREE = -1;

/** Demand / capacity of each participant (how over-asked they are); chooses owners and orders hosts. */
export function pressure(m: Model): Float64Array {
  const demand = new Float64Array(m.P);
  for (let r = 0; r < m.R; r++) if (m.domain[r].length) for (const p of m.parts[r]) demand[p]++;
  const out = new Float64Array(m.P);
  for (let p = 0; p < m.P; p++) {
    let capacity = 0;
    for (let d = 0; d < m.D; d++) {
      let open = 0;
      for (let s = 0; s < m.S; s++) if (m.dayOf[s] === d && m.open[p * m.S + s]) open++;
      capacity += Math.max(0, Math.min(open, m.dayRoom[p * m.D + d]));
    }
    out[p] = demand[p] / Math.max(capacity, 0.5);
  }
  return out;
}

/** Max flow for one owner choice; ownersOf(r) = [side-1 owner, side-2 owner], P = table pool, FREE = none. */
function flowBound(m: Model, ownersOf: (r: number) => [number, number]): number {
  const { S, D, P } = m;
  const ids = new Map<number, number>();
  let n = 2; // 0 = source, 1 = sink
  const edges: number[] = []; // flat triples u, v, capacity
  const key = (side: number, o: number, k: number) => (side * (P + 1) + o) * (S + D) + k;
  // Connects a side-1 node to the source, or a side-2 node to the sink, through `via`.
  const link = (side: number, id: number, via: number, cap: number) =>
    side === 0 ? edges.push(via, id, cap) : edges.push(id, via, cap);
  const dayNode = (side: number, o: number, d: number): number => {
    const k = key(side, o, S + d);
    let id = ids.get(k);
    if (id === undefined) {
      ids.set(k, (id = n++));
      link(side, id, side, Math.max(0, m.dayRoom[o * D + d]));
    }
    return id;
  };
  // Slot node of owner o (a participant, or P = the table pool) on one side.
  const slotNode = (side: number, o: number, s: number): number => {
    const k = key(side, o, s);
    let id = ids.get(k);
    if (id === undefined) {
      ids.set(k, (id = n++));
      const limited = o !== P && m.dayRoom[o * D + m.dayOf[s]] < NO_LIMIT;
      link(side, id, limited ? dayNode(side, o, m.dayOf[s]) : side, o === P ? m.tableCap[s] : 1);
    }
    return id;
  };
  for (let r = 0; r < m.R; r++) {
    const dom = m.domain[r];
    if (!dom.length) continue;
    const [o1, o2] = ownersOf(r);
    const rin = n++;
    const rout = n++;
    edges.push(rin, rout, 1);
    for (const s of dom) edges.push(slotNode(0, o1, s), rin, 1);
    if (o2 === FREE) edges.push(rout, 1, 1);
    else for (const s of dom) edges.push(rout, slotNode(1, o2, s), 1);
  }
  const flow = new Flow(n, edges.length / 3);
  for (let i = 0; i < edges.length; i += 3) flow.addEdge(edges[i], edges[i + 1], edges[i + 2]);
  return flow.maxflow(0, 1);
}

export function computeUpperBound(m: Model): number {
  const press = pressure(m);
  const second = (r: number): number => {
    let best = FREE;
    const ps = m.parts[r];
    for (let i = 1; i < ps.length; i++) if (best === FREE || press[ps[i]] > press[best]) best = ps[i];
    return best;
  };
  const host = (r: number) => m.parts[r][0];
  let bound = flowBound(m, (r) => [host(r), second(r)]);
  let anyOnsite = false;
  for (let r = 0; r < m.R; r++) if (m.onsite[r] && m.domain[r].length) anyOnsite = true;
  if (anyOnsite) {
    const pool = m.P;
    bound = Math.min(
      bound,
      flowBound(m, (r) => [host(r), m.onsite[r] ? pool : second(r)]),
    );
    bound = Math.min(
      bound,
      flowBound(m, (r) => [m.onsite[r] ? pool : host(r), second(r)]),
    );
  }
  return bound;
}
