import type { ChatMessage } from '@pameran/contracts';
import { beforeEach, describe, expect, it } from 'vitest';
import { useHallChat } from './chat';

const A = '00000000-0000-4000-8000-00000000000a';

const message = (id: string, at: string, text = 'hi'): ChatMessage => ({
  id,
  boothId: A,
  userId: 'u1',
  authorName: 'Siti',
  authorRole: 'visitor',
  fromStaff: false,
  text,
  createdAt: at,
});

const actions = () => useHallChat.getState().actions;

describe('hall chat store', () => {
  beforeEach(() => useHallChat.setState(useHallChat.getInitialState(), true));

  it('merges history and live messages once each, in time order', () => {
    actions().addMessage(message('m3', '2020-12-05T03:00:03Z', 'live'));
    actions().setHistory(A, [message('m3', '2020-12-05T03:00:03Z'), message('m1', '2020-12-05T03:00:01Z')]);
    actions().addMessage(message('m2', '2020-12-05T03:00:02Z'));
    expect(useHallChat.getState().chat[A].map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
    actions().deleteMessage(A, 'm2');
    expect(useHallChat.getState().chat[A].map((m) => m.id)).toEqual(['m1', 'm3']);
  });

  it('drops a pending message once the room brings it back, whichever comes first', () => {
    actions().putPending({ clientMsgId: 'c1', boothId: A, text: 'hi', state: 'sending' });
    actions().putPending({ clientMsgId: 'c1', boothId: A, text: 'hi', state: 'sent', id: 'm9' });
    actions().addMessage(message('m9', '2020-12-05T03:00:09Z'));
    expect(useHallChat.getState().pending).toEqual([]);
    actions().addMessage(message('m10', '2020-12-05T03:00:10Z'));
    actions().putPending({ clientMsgId: 'c2', boothId: A, text: 'hi', state: 'sent', id: 'm10' });
    expect(useHallChat.getState().pending).toEqual([]);
  });
});
