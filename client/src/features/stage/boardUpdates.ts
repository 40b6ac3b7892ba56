import type { StageBoard, StagePoll, StageQuestion } from '@pameran/contracts';

/*
 * How a pushed (or our own) question or poll changes the board we hold. A push carries no reader's flags,
 * so the copy we hold keeps ours; our own action's answer carries them and replaces the copy outright.
 */

/** The board's questions with `q` in place, or without it when this reader may no longer see it. */
export function upsertQuestion(board: StageBoard, q: StageQuestion, own = false): StageQuestion[] {
  const old = board.questions.find((x) => x.id === q.id);
  const next = own || !old ? q : { ...q, mine: old.mine, upvoted: old.upvoted };
  // Others see a question only while it is approved or answered (or it is their own, pending).
  const visible =
    board.moderator ||
    next.status === 'approved' ||
    next.status === 'answered' ||
    (next.mine && next.status === 'pending');
  const rest = board.questions.filter((x) => x.id !== q.id);
  return visible ? (old ? board.questions.map((x) => (x.id === q.id ? next : x)) : [...rest, next]) : rest;
}

/** The polls with `p` in place (appended when new). */
export function upsertPoll(polls: StagePoll[], p: StagePoll, own = false): StagePoll[] {
  const old = polls.find((x) => x.id === p.id);
  if (!old) return [...polls, p];
  // Votes are never taken back, so a push with fewer of them in the same state is an older one that
  // arrived late (two nodes publish independently): keep what we have.
  if (!own && p.status === old.status && p.total < old.total) return polls;
  const next = own ? p : { ...p, myVote: old.myVote };
  return polls.map((x) => (x.id === p.id ? next : x));
}
