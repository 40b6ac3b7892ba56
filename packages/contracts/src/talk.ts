import { z } from 'zod';
import { Uuid } from './common';

/*
 * Talk now at the booth (docs/decisions/0019-talk-now.md): staff say they are at the booth, a visitor
 * standing there knocks, staff accept into a LiveKit room for that conversation. The state lives on the
 * server (Redis with several nodes); clients get views of it, pushed on /hall as `talk:staff` and
 * `talk:visitor`.
 */

/** At most this many visitors talk with one staff member at once. */
export const TALK_VISITORS_PER_CALL = 4;

/** Staff switch "at the booth" on or off (on again renews it before it lapses). */
export const TalkAvailabilityInput = z.strictObject({ available: z.boolean() });
export type TalkAvailabilityInput = z.infer<typeof TalkAvailabilityInput>;

/** A visitor as staff see them: name and company only when the visitor agreed to be shown to exhibitors. */
export const TalkVisitor = z.object({
  id: Uuid,
  name: z.string().nullable(),
  company: z.string().nullable(),
});
export type TalkVisitor = z.infer<typeof TalkVisitor>;

export const TalkKnockView = TalkVisitor.extend({
  knockId: Uuid,
  /** 1 = next in the booth's queue. */
  position: z.number().int().min(1),
  expiresAt: z.iso.datetime(),
});
export type TalkKnockView = z.infer<typeof TalkKnockView>;

export const TalkConversationView = z.object({
  id: Uuid,
  staffId: Uuid,
  staffName: z.string(),
  visitors: z.array(TalkVisitor),
  endsAt: z.iso.datetime(),
});
export type TalkConversationView = z.infer<typeof TalkConversationView>;

/** What the booth's staff see: who is at the booth for talk-now, the queue, the conversations. */
export const TalkStaffView = z.object({
  boothId: Uuid,
  available: z.array(z.object({ id: Uuid, name: z.string(), until: z.iso.datetime() })),
  knocks: z.array(TalkKnockView),
  conversations: z.array(TalkConversationView),
});
export type TalkStaffView = z.infer<typeof TalkStaffView>;

/** Why a visitor's knock or conversation is over (sent once, with the view after it). */
export const TalkOutcome = z.enum(['declined', 'timed_out', 'ended', 'withdrawn']);
export type TalkOutcome = z.infer<typeof TalkOutcome>;

/** What a visitor sees of one booth's talk-now. */
export const TalkVisitorView = z.object({
  boothId: Uuid,
  /** Someone of the booth's staff is at the booth for talk-now. */
  staffAvailable: z.boolean(),
  knock: z.object({ id: Uuid, position: z.number().int().min(1), expiresAt: z.iso.datetime() }).nullable(),
  conversation: z.object({ id: Uuid, staffName: z.string(), endsAt: z.iso.datetime() }).nullable(),
  outcome: TalkOutcome.optional(),
});
export type TalkVisitorView = z.infer<typeof TalkVisitorView>;

/** The caller's view of a booth's talk-now: staff of the booth get the staff view, others their own. */
export const TalkState = z.union([
  z.object({ as: z.literal('staff'), staff: TalkStaffView }),
  z.object({ as: z.literal('visitor'), visitor: TalkVisitorView }),
]);
export type TalkState = z.infer<typeof TalkState>;
