/** Turns a final State into the public result: table numbers, reasons for the unplaced, stats. */
import type { State } from './state';
import type { SchedulingResult, UnplacedReason } from './types';

/** Why r is not placed in the current state (see UnplacedReason). */
export function explain(state: State, r: number): UnplacedReason {
  const m = state.m;
  const fixed = m.staticReason[r];
  if (fixed) return fixed;
  let tables = false;
  let days = false;
  for (const s of m.domain[r]) {
    if (m.parts[r].some((p) => state.occ[p * m.S + s] !== -1)) continue;
    const d = m.dayOf[s];
    const dayFull = m.parts[r].some((p) => state.dayUsed[p * m.D + d] >= m.dayRoom[p * m.D + d]);
    if (dayFull) days = true;
    else if (m.onsite[r] && state.tablesUsed[s] >= m.tableCap[s]) tables = true;
  }
  return tables ? 'no_table' : days ? 'daily_limit' : 'conflicts';
}

export function buildResult(
  state: State,
  startedAt: number,
  upperBound: number,
  iterations: number,
): SchedulingResult {
  const m = state.m;
  const nextTable = new Int32Array(m.S);
  const result: SchedulingResult = {
    placed: [],
    unplaced: [],
    stats: {
      placed: state.placed,
      requests: m.R,
      upperBound,
      ms: 0,
      iterations,
      priority: state.prioSum,
      preferredHits: state.prefHits,
    },
  };
  m.problem.requests.forEach((req, r) => {
    const s = state.slotOf[r];
    if (s < 0) result.unplaced.push({ requestId: req.id, reason: explain(state, r) });
    else if (!m.onsite[r]) result.placed.push({ requestId: req.id, slot: s });
    else {
      const table = m.problem.tables[m.freeTables[s][nextTable[s]++]];
      result.placed.push({ requestId: req.id, slot: s, tableId: table.id });
    }
  });
  result.stats.ms = Math.round((performance.now() - startedAt) * 10) / 10;
  return result;
}
