/**
 * Independent checker of a result against its problem (deliberately shares no code with the solver):
 * every violated rule as a sentence, [] when the schedule is valid. The server runs it before committing.
 */
import { checkProblem } from './model';
import type { SchedulingProblem, SchedulingResult } from './types';

export function validate(problem: SchedulingProblem, result: SchedulingResult): string[] {
  const errors = checkProblem(problem);
  if (errors.length) return errors;
  const S = problem.slots.length;
  const people = new Map(problem.participants.map((p) => [p.id, p]));
  const tables = new Map(problem.tables.map((t) => [t.id, new Set(t.busy ?? [])]));
  const requests = new Map(problem.requests.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const personAt = new Map<string, string>(); // `${person}@${slot}` → request
  const tableAt = new Map<string, string>();
  const perDay = new Map<string, number>(); // `${person}@${day}` → meetings placed

  for (const { requestId, slot, tableId } of result.placed) {
    const req = requests.get(requestId);
    if (!req) {
      errors.push(`placed ${requestId}: no such request`);
      continue;
    }
    if (seen.has(requestId)) errors.push(`request ${requestId} appears twice`);
    seen.add(requestId);
    if (!Number.isInteger(slot) || slot < 0 || slot >= S) {
      errors.push(`request ${requestId}: slot ${slot} does not exist`);
      continue;
    }
    for (const id of req.participantIds) {
      const person = people.get(id);
      if (!person) continue;
      if (person.available && !person.available.includes(slot))
        errors.push(`${id} is not available in slot ${slot} (${requestId})`);
      if (person.busy?.includes(slot)) errors.push(`${id} is already busy in slot ${slot} (${requestId})`);
      const other = personAt.get(`${id}@${slot}`);
      if (other) errors.push(`${id} is in ${other} and ${requestId} in slot ${slot}`);
      personAt.set(`${id}@${slot}`, requestId);
      const dayKey = `${id}@${problem.slots[slot].day}`;
      perDay.set(dayKey, (perDay.get(dayKey) ?? 0) + 1);
    }
    if (req.mode === 'onsite') {
      const busy = tableId === undefined ? undefined : tables.get(tableId);
      if (!busy) errors.push(`on-site ${requestId} has no valid table (${tableId ?? 'none'})`);
      else {
        if (busy.has(slot)) errors.push(`table ${tableId} is already booked in slot ${slot} (${requestId})`);
        const other = tableAt.get(`${tableId}@${slot}`);
        if (other) errors.push(`table ${tableId} holds ${other} and ${requestId} in slot ${slot}`);
        tableAt.set(`${tableId}@${slot}`, requestId);
      }
    } else if (tableId !== undefined) errors.push(`online ${requestId} was given table ${tableId}`);
  }

  for (const person of problem.participants) {
    if (person.dailyLimit === undefined) continue;
    const busyPerDay = new Map<string, number>();
    for (const s of new Set(person.busy ?? []))
      busyPerDay.set(problem.slots[s].day, (busyPerDay.get(problem.slots[s].day) ?? 0) + 1);
    for (const day of new Set(problem.slots.map((s) => s.day))) {
      const placed = perDay.get(`${person.id}@${day}`) ?? 0;
      const total = placed + (busyPerDay.get(day) ?? 0);
      if (placed > 0 && total > person.dailyLimit)
        errors.push(`${person.id} has ${total} meetings on ${day}, limit ${person.dailyLimit}`);
    }
  }

  for (const { requestId } of result.unplaced) {
    if (!requests.has(requestId)) errors.push(`unplaced ${requestId}: no such request`);
    else if (seen.has(requestId)) errors.push(`request ${requestId} is both placed and unplaced`);
    seen.add(requestId);
  }
  for (const id of requests.keys())
    if (!seen.has(id)) errors.push(`request ${id} is missing from the result`);
  if (result.stats.placed !== result.placed.length)
    errors.push(`stats.placed ${result.stats.placed} ≠ ${result.placed.length} placed`);
  return errors;
}
