import {
  StageBoard,
  StagePoll,
  StageQuestion,
  type StageModerationInput,
  type StagePollInput,
} from '@pameran/contracts';
import { api } from './api';

const enc = encodeURIComponent;

/** A stage session's questions and polls (live updates come over the hall socket: `stage:watch`). */
export const stageApi = {
  board: (sessionId: string, signal?: AbortSignal) =>
    api.get(`/stage/${enc(sessionId)}/board`, StageBoard, { signal }),
  ask: (sessionId: string, text: string) =>
    api.post(`/stage/${enc(sessionId)}/questions`, StageQuestion, { text }),
  upvote: (id: string) => api.post(`/stage/questions/${enc(id)}/upvote`, StageQuestion, {}),
  moderate: (id: string, action: StageModerationInput['action']) =>
    api.post(`/stage/questions/${enc(id)}/moderate`, StageQuestion, { action }),
  createPoll: (sessionId: string, poll: StagePollInput) =>
    api.post(`/stage/${enc(sessionId)}/polls`, StagePoll, poll),
  setPoll: (id: string, status: 'open' | 'closed') =>
    api.post(`/stage/polls/${enc(id)}/state`, StagePoll, { status }),
  vote: (id: string, optionId: string) => api.post(`/stage/polls/${enc(id)}/vote`, StagePoll, { optionId }),
  /** Gives the viewer's seat back at once (the server would also see it from LiveKit a little later). */
  leave: (sessionId: string) => api.command('POST', `/stage/${enc(sessionId)}/leave`),
};
