import { createHash } from 'node:crypto';
import { Random } from '../opop/random';
import { generateDeals, VERIFIED_TOTAL } from './deals';
import { generateRequests, generateSourcing } from './matching';
import { generateOutcomes } from './outcomes';
import { generatePeople } from './people';
import { generateVisits } from './visits';
import type { HistoryInput, HistoryPlan } from './types';

export { VERIFIED_TOTAL } from './deals';
export type { HistoryInput, HistoryPlan } from './types';

/**
 * The demo fair's past, generated from a fixed seed: same input and seed, same plan (see {@link planDigest}).
 * Every share and curve in it is invented for the demo and documented next to its constant
 * (docs/demo.md lists them): visitors and their days ({@link generateVisits}), sourcing and meeting
 * requests with their meetings ({@link generateRequests}), deals ({@link generateDeals}) and the held
 * meetings' outcomes, consistent with those deals ({@link generateOutcomes}).
 *
 * Adding another consequence of held meetings: generate it after the deals, from the same held meetings
 * (as `./outcomes.ts` does), and write it in `../seed-history.ts`. Draw it after what is there, so the
 * rest of the plan stays as it was.
 */
export function generateHistory(input: HistoryInput): HistoryPlan {
  const rnd = new Random(input.seed ?? 2020_12);
  const who = generatePeople(rnd, input.booths, input.demoBooth);
  const { leads, chats } = generateVisits(rnd, input.booths, input.pastDays, who);
  const sourcing = generateSourcing(rnd, input.booths, input.pastDays, who);
  const requests = generateRequests(
    rnd,
    input.booths,
    input.pastDays,
    input.liveDay,
    input.now,
    who,
    input.tables,
    input.demoBooth,
    input.keepFree,
  );
  // A meeting request is a lead for the booth, as when a buyer sends one in the app.
  for (const r of requests)
    leads.push({ booth: r.booth, person: r.buyer, kind: 'meeting', at: r.at, endedAt: null });
  const deals = generateDeals(rnd, input.booths, requests, input.pastDays, who);
  const verified = deals
    .filter((d) => d.confirmed && d.verification === 'verified')
    .reduce((s, d) => s + d.value, 0);
  if (verified !== VERIFIED_TOTAL)
    throw new Error(`demo history: verified deals ${verified} ≠ ${VERIFIED_TOTAL}`);
  const outcomes = generateOutcomes(rnd, requests, deals, who);
  return { people: who.people, leads, chats, sourcing, requests, deals, outcomes };
}

/** A SHA-256 of the plan: two runs from the same seed give the same digest. */
export function planDigest(plan: HistoryPlan): string {
  return createHash('sha256').update(JSON.stringify(plan)).digest('hex');
}
