import type { StageBoard, StagePoll, StageQuestion } from '@pameran/contracts';
import { describe, expect, it } from 'vitest';
import { upsertPoll, upsertQuestion } from './boardUpdates';

const SESSION = '00000000-0000-4000-8000-000000000001';
const question = (over: Partial<StageQuestion> = {}): StageQuestion => ({
  id: '00000000-0000-4000-8000-0000000000a1',
  sessionId: SESSION,
  text: 'Ada sertifikat halal?',
  authorName: 'Siti',
  status: 'approved',
  upvotes: 0,
  createdAt: '2026-12-03T10:00:00.000Z',
  mine: false,
  upvoted: false,
  ...over,
});
const board = (over: Partial<StageBoard> = {}): StageBoard => ({
  sessionId: SESSION,
  moderator: false,
  readOnly: false,
  questions: [],
  polls: [],
  ...over,
});

describe('stage board updates', () => {
  it('keeps the reader’s own flags when a push (without them) updates a question', () => {
    const held = question({ mine: true, upvoted: true, upvotes: 1 });
    const [next] = upsertQuestion(board({ questions: [held] }), question({ upvotes: 2 }));
    expect(next).toMatchObject({ upvotes: 2, mine: true, upvoted: true });
  });

  it('adds approved questions for the audience, never others’ pending or hidden ones', () => {
    expect(upsertQuestion(board(), question({ status: 'pending' }))).toEqual([]);
    expect(upsertQuestion(board(), question())).toHaveLength(1);
    const hidden = upsertQuestion(board({ questions: [question()] }), question({ status: 'hidden' }));
    expect(hidden).toEqual([]);
  });

  it('shows the author their own pending question and moderators everything', () => {
    const own = question({ status: 'pending', mine: true });
    expect(upsertQuestion(board({ questions: [own] }), question({ status: 'pending' }))).toHaveLength(1);
    expect(upsertQuestion(board({ moderator: true }), question({ status: 'hidden' }))).toHaveLength(1);
  });

  it('keeps my vote in a poll when a push brings new results, and takes my own answer as it is', () => {
    const poll: StagePoll = {
      id: '00000000-0000-4000-8000-0000000000b1',
      sessionId: SESSION,
      question: 'Pilih',
      status: 'open',
      options: [{ id: '00000000-0000-4000-8000-0000000000c1', text: 'A', votes: 1 }],
      total: 1,
      myVote: '00000000-0000-4000-8000-0000000000c1',
    };
    const pushed = { ...poll, total: 2, myVote: null };
    expect(upsertPoll([poll], pushed)[0]).toMatchObject({ total: 2, myVote: poll.myVote });
    expect(upsertPoll([poll], pushed, true)[0].myVote).toBeNull();
    expect(upsertPoll([], pushed)).toEqual([pushed]);
  });

  it('ignores a late push with fewer votes in the same state, but not a change of state', () => {
    const poll: StagePoll = {
      id: '00000000-0000-4000-8000-0000000000b2',
      sessionId: SESSION,
      question: 'Pilih',
      status: 'open',
      options: [{ id: '00000000-0000-4000-8000-0000000000c2', text: 'A', votes: 5 }],
      total: 5,
      myVote: null,
    };
    const older = { ...poll, total: 4, options: [{ ...poll.options[0], votes: 4 }] };
    expect(upsertPoll([poll], older)[0].total).toBe(5);
    expect(upsertPoll([poll], { ...older, status: 'closed' })[0].status).toBe('closed');
  });
});
