import type { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { bulkInsert } from './bulk-insert';
import type { HistoryPlan } from './history';
import type { HistoryOutcome, HistoryRequest } from './history/types';

/** What writing the outcomes needs from the rest of the history's writer (seed-history.ts). */
export interface OutcomeTargets {
  eventId: string;
  /** The held meetings, each with its request's index in the plan. */
  held: { r: HistoryRequest; i: number }[];
  meetingId: (request: number) => string;
  exhibitorOf: (booth: number) => string;
  /** The account that recorded this side's outcome. */
  recorder: (o: HistoryOutcome, r: HistoryRequest) => string;
  /** A time of the plan as the application keeps it (the real clock). */
  real: (t: number) => string;
  log: Logger;
}

/**
 * Every held meeting's parties were asked (so the live `meeting.end` effect asks nobody again), and most
 * answered: the prompts and the outcome records of the plan, in bulk.
 */
export async function seedOutcomes(m: EntityManager, plan: HistoryPlan, to: OutcomeTargets): Promise<void> {
  const started = performance.now();
  await bulkInsert(
    m,
    'meeting_outcome_prompt',
    { meeting_id: 'uuid', prompted_at: 'timestamptz' },
    to.held.map(({ r, i }) => ({ meeting_id: to.meetingId(i), prompted_at: to.real(r.meeting!.end) })),
  );
  await bulkInsert(
    m,
    'meeting_outcome',
    {
      meeting_id: 'uuid',
      side: 'text',
      event_id: 'uuid',
      exhibitor_id: 'uuid',
      outcome: 'text',
      rating: 'int2',
      note: 'text',
      recorded_by: 'uuid',
      created_at: 'timestamptz',
      updated_at: 'timestamptz',
    },
    plan.outcomes.map((o) => {
      const r = plan.requests[o.request];
      return {
        meeting_id: to.meetingId(o.request),
        side: o.side,
        event_id: to.eventId,
        exhibitor_id: to.exhibitorOf(r.booth),
        outcome: o.outcome,
        rating: o.rating,
        note: o.note,
        recorded_by: to.recorder(o, r),
        created_at: to.real(o.at),
        updated_at: to.real(o.at),
      };
    }),
  );
  to.log.log(
    `seeding history: ${to.held.length} held meetings asked, ${plan.outcomes.length} outcomes in ${(performance.now() - started).toFixed(0)} ms`,
  );
}
