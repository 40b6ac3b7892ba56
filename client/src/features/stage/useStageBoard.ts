import type { StageBoard, StagePoll, StageQuestion, StageQuestionRemoved } from '@pameran/contracts';
import { useEffect, useState } from 'react';
import { stageApi } from '../../lib/stageApi';
import { useAsync } from '../../lib/useAsync';
import { useHallSocket } from '../../lib/useHallSocket';
import { upsertPoll, upsertQuestion } from './boardUpdates';
import { useFairSlug } from '../fair/useFairSlug';

/**
 * The stage board, kept live: read once, then `stage:question` / `stage:question_removed` / `stage:poll`
 * pushed to this socket after `stage:watch` (sent again on every reconnect, the room is per connection).
 * Pushes carry no reader's flags (`mine`, `upvoted`, `myVote`): the copy we already hold keeps ours.
 */
export function useStageBoard(sessionId: string) {
  const loaded = useAsync(sessionId, (signal) => stageApi.board(sessionId, signal));
  const [board, setBoard] = useState<StageBoard | null>(null);
  const socket = useHallSocket(useFairSlug());
  const initial = loaded.data;

  // A fresh read replaces whatever pushes built on the old one.
  const [seen, setSeen] = useState<StageBoard | undefined>(undefined);
  if (initial !== seen) {
    setSeen(initial);
    setBoard(initial ?? null);
  }

  useEffect(() => {
    if (!socket) return;
    const watch = () => void socket.emitWithAck('stage:watch', { sessionId }).catch(() => undefined);
    const onQuestion = (q: StageQuestion) =>
      q.sessionId === sessionId && setBoard((b) => (b ? { ...b, questions: upsertQuestion(b, q) } : b));
    const onRemoved = (r: StageQuestionRemoved) =>
      r.sessionId === sessionId &&
      setBoard((b) =>
        b && !b.moderator ? { ...b, questions: b.questions.filter((q) => q.id !== r.id) } : b,
      );
    const onPoll = (p: StagePoll) =>
      p.sessionId === sessionId && setBoard((b) => (b ? { ...b, polls: upsertPoll(b.polls, p) } : b));
    socket.on('connect', watch);
    socket.on('stage:question', onQuestion);
    socket.on('stage:question_removed', onRemoved);
    socket.on('stage:poll', onPoll);
    if (socket.connected) watch();
    return () => {
      socket.off('connect', watch);
      socket.off('stage:question', onQuestion);
      socket.off('stage:question_removed', onRemoved);
      socket.off('stage:poll', onPoll);
      if (socket.connected) socket.emit('stage:unwatch', { sessionId }, () => undefined);
    };
  }, [socket, sessionId]);

  /** Our own action's answer carries our flags: it replaces the copy outright. */
  const applyOwn = {
    question: (q: StageQuestion) =>
      setBoard((b) => (b ? { ...b, questions: upsertQuestion(b, q, true) } : b)),
    poll: (p: StagePoll) => setBoard((b) => (b ? { ...b, polls: upsertPoll(b.polls, p, true) } : b)),
  };
  return { loaded, board, applyOwn };
}
