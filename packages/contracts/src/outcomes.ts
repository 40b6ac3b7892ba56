import { z } from 'zod';
import { Uuid } from './common';

/** After a meeting: what each side says came of it, and the fair's funnel from request to deal. */

const Iso = z.iso.datetime({ offset: true });
const Count = z.number().int().nonnegative();

/** What came of a meeting, from one side's point of view (ordered from least to most advanced). */
export const MEETING_OUTCOMES = ['no_fit', 'follow_up', 'sample_sent', 'negotiating', 'agreement'] as const;
export const MeetingOutcomeKind = z.enum(MEETING_OUTCOMES);
export type MeetingOutcomeKind = z.infer<typeof MeetingOutcomeKind>;

export const OUTCOME_SIDES = ['buyer', 'exhibitor'] as const;
export const OutcomeSide = z.enum(OUTCOME_SIDES);
export type OutcomeSide = z.infer<typeof OutcomeSide>;

/** One side's record of a meeting (any of that side's people may write it; the last write stands). */
export const MeetingOutcomeInput = z.strictObject({
  outcome: MeetingOutcomeKind,
  rating: z.number().int().min(1).max(5),
  /** Private to this side and the organiser. */
  note: z.string().trim().max(1000).default(''),
});
export type MeetingOutcomeInput = z.input<typeof MeetingOutcomeInput>;

export const MeetingOutcome = z.object({
  meetingId: Uuid,
  side: OutcomeSide,
  outcome: MeetingOutcomeKind,
  rating: z.number().int().min(1).max(5),
  note: z.string(),
  recordedBy: Uuid,
  updatedAt: Iso,
});
export type MeetingOutcome = z.infer<typeof MeetingOutcome>;

/**
 * A meeting of the caller's whose outcome their side can record now (held, or its end has passed), with
 * the side's record so far (null: not recorded yet).
 */
export const OutcomeToRecord = z.object({
  meetingId: Uuid,
  side: OutcomeSide,
  outcome: MeetingOutcome.nullable(),
});
export type OutcomeToRecord = z.infer<typeof OutcomeToRecord>;

/** A meeting's outcomes as the organiser sees them: both sides' records. */
export const MeetingOutcomes = z.object({ meetingId: Uuid, items: z.array(MeetingOutcome) });
export type MeetingOutcomes = z.infer<typeof MeetingOutcomes>;

/** The funnel's steps, in order (the counting rules are on the server's read model). */
export const FUNNEL_STEPS = [
  'requests',
  'accepted',
  'held',
  'followUp',
  'dealsConfirmed',
  'dealsVerified',
] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

export const FunnelCounts = z.object(
  Object.fromEntries(FUNNEL_STEPS.map((s) => [s, Count])) as Record<FunnelStep, typeof Count>,
);
export type FunnelCounts = z.infer<typeof FunnelCounts>;

/** Each step's share of the step before it (0–1); null when the step before is zero. */
export const FunnelRates = z.object(
  Object.fromEntries(FUNNEL_STEPS.slice(1).map((s) => [s, z.number().min(0).max(1).nullable()])) as Record<
    Exclude<FunnelStep, 'requests'>,
    z.ZodNullable<z.ZodNumber>
  >,
);
export type FunnelRates = z.infer<typeof FunnelRates>;

export const FunnelRow = z.object({ counts: FunnelCounts, rates: FunnelRates });
export type FunnelRow = z.infer<typeof FunnelRow>;

/** The funnel of an event (or of one exhibitor), in total and by the exhibitor's category and region. */
export const MeetingFunnel = z.object({
  total: FunnelRow,
  byCategory: z.array(FunnelRow.extend({ key: z.string() })),
  byRegion: z.array(FunnelRow.extend({ key: z.string() })),
});
export type MeetingFunnel = z.infer<typeof MeetingFunnel>;
