/** Compiles a SchedulingProblem into dense integer arrays that the algorithms share. */
import type { SchedulingProblem, UnplacedReason } from './types';

/** dayRoom value meaning "no daily limit". */
export const NO_LIMIT = 1 << 30;

export interface Model {
  problem: SchedulingProblem;
  /** Counts: slots, days, participants, requests. */
  S: number;
  D: number;
  P: number;
  R: number;
  dayOf: Int32Array;
  /** Participant indexes of each request; parts[r][0] is the host (exhibitor) by convention. */
  parts: Int32Array[];
  onsite: Uint8Array;
  prio: Float64Array;
  preferred: (Set<number> | null)[];
  /** open[p*S+s] = 1 when participant p is available and not busy in slot s. */
  open: Uint8Array;
  /** dayRoom[p*D+d] = meetings p may still get on day d (limit − busy that day), or NO_LIMIT. */
  dayRoom: Int32Array;
  /** Free tables per slot (table indexes not busy there). */
  freeTables: number[][];
  tableCap: Int32Array;
  /** Slots every participant of the request can use, ignoring tables and daily limits. */
  common: Int32Array[];
  /** Slots where the request can be placed in an otherwise empty schedule. */
  domain: Int32Array[];
  /** Why the domain is empty (null when it is not). */
  staticReason: (UnplacedReason | null)[];
}

const isSlot = (n: unknown, S: number) => Number.isInteger(n) && (n as number) >= 0 && (n as number) < S;

/** Structural errors that make a problem unschedulable (unknown ids, bad slot indexes, duplicates). */
export function checkProblem(problem: SchedulingProblem): string[] {
  const errors: string[] = [];
  const S = problem.slots.length;
  const checkSlots = (list: number[] | undefined, what: string) => {
    for (const s of list ?? []) if (!isSlot(s, S)) errors.push(`${what}: slot ${s} is not a slot index`);
  };
  const dupes = (ids: string[], what: string) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) errors.push(`duplicate ${what} id ${id}`);
      seen.add(id);
    }
    return seen;
  };
  problem.slots.forEach((slot, i) => {
    if (!(slot.end > slot.start)) errors.push(`slot ${i}: end must be after start`);
    if (i > 0 && slot.start < problem.slots[i - 1].start)
      errors.push(`slot ${i}: slots must be in time order`);
  });
  const people = dupes(
    problem.participants.map((p) => p.id),
    'participant',
  );
  dupes(
    problem.tables.map((t) => t.id),
    'table',
  );
  dupes(
    problem.requests.map((r) => r.id),
    'request',
  );
  for (const p of problem.participants) {
    checkSlots(p.available, `participant ${p.id} available`);
    checkSlots(p.busy, `participant ${p.id} busy`);
    if (p.dailyLimit !== undefined && !(Number.isInteger(p.dailyLimit) && p.dailyLimit >= 0))
      errors.push(`participant ${p.id}: dailyLimit must be a non-negative integer`);
  }
  for (const t of problem.tables) checkSlots(t.busy, `table ${t.id} busy`);
  for (const r of problem.requests) {
    if (r.participantIds.length === 0) errors.push(`request ${r.id}: no participants`);
    if (new Set(r.participantIds).size !== r.participantIds.length)
      errors.push(`request ${r.id}: a participant twice`);
    for (const id of r.participantIds)
      if (!people.has(id)) errors.push(`request ${r.id}: unknown participant ${id}`);
    checkSlots(r.preferred, `request ${r.id} preferred`);
    if (r.mode !== 'online' && r.mode !== 'onsite')
      errors.push(`request ${r.id}: mode must be online or onsite`);
  }
  return errors;
}

/** Builds the model; throws on a malformed problem (see checkProblem). */
export function compile(problem: SchedulingProblem): Model {
  const errors = checkProblem(problem);
  if (errors.length) throw new Error(`invalid scheduling problem: ${errors.slice(0, 5).join('; ')}`);
  const S = problem.slots.length;
  const P = problem.participants.length;
  const R = problem.requests.length;
  const dayIndex = new Map<string, number>();
  const dayOf = new Int32Array(S);
  problem.slots.forEach((slot, s) => {
    if (!dayIndex.has(slot.day)) dayIndex.set(slot.day, dayIndex.size);
    dayOf[s] = dayIndex.get(slot.day) as number;
  });
  const D = Math.max(dayIndex.size, 1);

  const open = new Uint8Array(P * S);
  const dayRoom = new Int32Array(P * D).fill(NO_LIMIT);
  const pIndex = new Map<string, number>();
  problem.participants.forEach((part, p) => {
    pIndex.set(part.id, p);
    if (part.available) for (const s of part.available) open[p * S + s] = 1;
    else open.fill(1, p * S, (p + 1) * S);
    const busy = new Set(part.busy ?? []);
    for (const s of busy) open[p * S + s] = 0;
    if (part.dailyLimit !== undefined) {
      for (let d = 0; d < D; d++) dayRoom[p * D + d] = part.dailyLimit;
      for (const s of busy) dayRoom[p * D + dayOf[s]]--;
    }
  });

  const freeTables: number[][] = Array.from({ length: S }, () => []);
  problem.tables.forEach((table, t) => {
    const busy = new Set(table.busy ?? []);
    for (let s = 0; s < S; s++) if (!busy.has(s)) freeTables[s].push(t);
  });
  const tableCap = Int32Array.from(freeTables, (list) => list.length);

  const parts: Int32Array[] = [];
  const common: Int32Array[] = [];
  const domain: Int32Array[] = [];
  const staticReason: (UnplacedReason | null)[] = [];
  const onsite = new Uint8Array(R);
  const prio = new Float64Array(R);
  const preferred: (Set<number> | null)[] = [];
  problem.requests.forEach((req, r) => {
    const ps = Int32Array.from(req.participantIds, (id) => pIndex.get(id) as number);
    parts.push(ps);
    onsite[r] = req.mode === 'onsite' ? 1 : 0;
    prio[r] = req.priority ?? 0;
    preferred.push(req.preferred?.length ? new Set(req.preferred) : null);
    const c: number[] = [];
    const withRoom: number[] = [];
    for (let s = 0; s < S; s++) {
      let ok = true;
      let room = true;
      for (const p of ps) {
        ok &&= open[p * S + s] === 1;
        room &&= dayRoom[p * D + dayOf[s]] > 0;
      }
      if (ok) c.push(s);
      if (ok && room) withRoom.push(s);
    }
    const dom = onsite[r] ? withRoom.filter((s) => tableCap[s] > 0) : withRoom;
    common.push(Int32Array.from(c));
    domain.push(Int32Array.from(dom));
    staticReason.push(
      dom.length
        ? null
        : c.length === 0
          ? 'no_common_slot'
          : withRoom.length === 0
            ? 'daily_limit'
            : 'no_table',
    );
  });
  return {
    problem,
    S,
    D,
    P,
    R,
    dayOf,
    parts,
    onsite,
    prio,
    preferred,
    open,
    dayRoom,
    freeTables,
    tableCap,
    common,
    domain,
    staticReason,
  };
}
