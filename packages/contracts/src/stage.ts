import { z } from 'zod';
import { Uuid } from './common';

/*
 * A stage session's audience questions and polls (docs/decisions/0020-stage-questions-polls-capacity.md).
 * Asked, voted and moderated over HTTP; pushed live over /hall to the sockets watching the stage.
 */

/** pending: waits for moderation (seen by its author and moderators); approved and answered: seen by all. */
export const QUESTION_STATUSES = ['pending', 'approved', 'hidden', 'answered'] as const;
export const QuestionStatus = z.enum(QUESTION_STATUSES);
export type QuestionStatus = z.infer<typeof QuestionStatus>;

export const QUESTION_MAX = 300;
export const StageQuestionInput = z.strictObject({ text: z.string().trim().min(3).max(QUESTION_MAX) });
export type StageQuestionInput = z.infer<typeof StageQuestionInput>;

export const StageQuestion = z.object({
  id: Uuid,
  sessionId: Uuid,
  text: z.string(),
  authorName: z.string(),
  status: QuestionStatus,
  upvotes: z.number().int().nonnegative(),
  createdAt: z.iso.datetime(),
  /** The reader asked it (false in pushes: the client keeps its own). */
  mine: z.boolean(),
  /** The reader upvoted it (false in pushes: the client keeps its own). */
  upvoted: z.boolean(),
});
export type StageQuestion = z.infer<typeof StageQuestion>;

export const ModerationAction = z.enum(['approve', 'hide', 'answer']);
export const StageModerationInput = z.strictObject({ action: ModerationAction });
export type StageModerationInput = z.infer<typeof StageModerationInput>;

/** draft: only moderators see it; open: the audience votes; closed: results stay, no more votes. */
export const PollStatus = z.enum(['draft', 'open', 'closed']);
export type PollStatus = z.infer<typeof PollStatus>;

export const StagePollInput = z.strictObject({
  question: z.string().trim().min(3).max(200),
  options: z.array(z.string().trim().min(1).max(100)).min(2).max(6),
});
export type StagePollInput = z.infer<typeof StagePollInput>;

export const StagePollState = z.strictObject({ status: z.enum(['open', 'closed']) });
export type StagePollState = z.infer<typeof StagePollState>;

export const StageVoteInput = z.strictObject({ optionId: Uuid });
export type StageVoteInput = z.infer<typeof StageVoteInput>;

export const StagePoll = z.object({
  id: Uuid,
  sessionId: Uuid,
  question: z.string(),
  status: PollStatus,
  options: z.array(z.object({ id: Uuid, text: z.string(), votes: z.number().int().nonnegative() })),
  total: z.number().int().nonnegative(),
  /** The reader's vote (null in pushes: the client keeps its own). */
  myVote: Uuid.nullable(),
});
export type StagePoll = z.infer<typeof StagePoll>;

/** Everything the stage page shows beside the video; `readOnly` once the session has ended (or was cancelled). */
export const StageBoard = z.object({
  sessionId: Uuid,
  moderator: z.boolean(),
  readOnly: z.boolean(),
  questions: z.array(StageQuestion),
  polls: z.array(StagePoll),
});
export type StageBoard = z.infer<typeof StageBoard>;

/** Hidden viewers a stage session admits at once; null: the server's default (STAGE_VIEWER_CAPACITY). */
export const StageCapacityInput = z.strictObject({
  capacity: z.number().int().min(1).max(100_000).nullable(),
});
export type StageCapacityInput = z.infer<typeof StageCapacityInput>;
export const StageCapacity = z.object({
  capacity: z.number().int().nonnegative(),
  custom: z.boolean(),
  viewers: z.number().int().nonnegative(),
});
export type StageCapacity = z.infer<typeof StageCapacity>;

/** `stage:watch` / `stage:unwatch`: a socket follows one stage session's questions and polls. */
export const StageWatch = z.strictObject({ sessionId: Uuid });
export type StageWatch = z.infer<typeof StageWatch>;
export const StageQuestionRemoved = z.object({ sessionId: Uuid, id: Uuid });
export type StageQuestionRemoved = z.infer<typeof StageQuestionRemoved>;
