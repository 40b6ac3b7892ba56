import {
  MESSAGE_MAX_ATTACHMENTS,
  MESSAGE_MAX_CHARS,
  type MessageAttachment,
  type ThreadMessage,
} from '@pameran/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notificationsApi } from '../../lib/matchingApi';
import { messagesApi } from '../../lib/messagesApi';
import { useNotifications } from '../matching/NotificationBell';
import { useAsync } from '../../lib/useAsync';
import { useSession } from '../../stores/session';
import { AsyncContent } from '../../components/AsyncContent';
import { ActionError, useAction } from '../matching/useAction';
import { MessageBubble } from './MessageBubble';
import { useThreadEvents } from './useThreadEvents';

/** Marks the thread read, then brings the bell up to date (the thread's notification is read with it). */
async function markRead(threadId: string): Promise<void> {
  try {
    await messagesApi.read(threadId);
    const bell = await notificationsApi.list();
    useNotifications.getState().set(bell.items, bell.unread);
  } catch {
    // Offline for a moment: the next message or visit marks it again.
  }
}

/** Oldest first, without repeats (a live message may also arrive in a page). */
function merge(a: ThreadMessage[], b: ThreadMessage[]): ThreadMessage[] {
  const byId = new Map([...a, ...b].map((m) => [m.id, m]));
  return [...byId.values()].sort(
    (x, y) => x.createdAt.localeCompare(y.createdAt) || x.id.localeCompare(y.id),
  );
}

/**
 * One conversation: its messages (live), marked read while open, and a composer with picture attachments.
 * Mount it with `key={threadId}`, so another thread starts afresh.
 */
export function ThreadPanel({ threadId, onActivity }: { threadId: string; onActivity?(): void }) {
  const { t } = useTranslation();
  const me = useSession((s) => s.user?.id);
  // The first page comes from `first`; what arrived since (live, sent, earlier pages) is kept beside it.
  const [extra, setExtra] = useState<ThreadMessage[]>([]);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [older, setOlder] = useState<string | null | undefined>(undefined);
  const first = useAsync(threadId, () => messagesApi.history(threadId));
  const end = useRef<HTMLLIElement>(null);
  const messages = merge(first.data?.items ?? [], extra).flatMap((m) =>
    !hidden.has(m.id) ? [m] : m.senderId === me ? [{ ...m, hidden: true }] : [],
  );
  const cursor = older === undefined ? (first.data?.nextCursor ?? null) : older;

  useEffect(() => {
    if (!first.data) return;
    void markRead(threadId).then(onActivity);
  }, [first.data, threadId, onActivity]);
  useEffect(() => {
    end.current?.scrollIntoView({ block: 'end' });
  }, [messages.length]);

  useThreadEvents({
    onMessage: ({ message }) => {
      if (message.threadId !== threadId) return;
      setExtra((ms) => [...ms, message]);
      void markRead(threadId).then(onActivity);
    },
    onHidden: ({ threadId: id, messageId }) => {
      if (id === threadId) setHidden((h) => new Set([...h, messageId]));
    },
  });

  async function loadOlder() {
    if (!cursor) return;
    const page = await messagesApi.history(threadId, cursor);
    setExtra((ms) => [...ms, ...page.items]);
    setOlder(page.nextCursor);
  }

  return (
    <section className="thread" data-testid="thread-panel">
      <AsyncContent result={first}>
        {() => (
          <ol className="thread__messages" data-testid="thread-messages">
            {cursor && (
              <li>
                <button type="button" className="link-button" onClick={() => void loadOlder()}>
                  {t('messages.older')}
                </button>
              </li>
            )}
            {messages.length === 0 && <li className="muted">{t('messages.noMessages')}</li>}
            {messages.map((m) => (
              <MessageBubble key={m.id} message={m} mine={m.senderId === me} />
            ))}
            <li ref={end} aria-hidden="true" />
          </ol>
        )}
      </AsyncContent>
      <Composer
        threadId={threadId}
        onSent={(m) => {
          setExtra((ms) => [...ms, m]);
          onActivity?.();
        }}
      />
    </section>
  );
}

/** Text and up to four pictures; a retry after a network error reuses the message's id, so it is stored once. */
function Composer({ threadId, onSent }: { threadId: string; onSent(m: ThreadMessage): void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [pictures, setPictures] = useState<MessageAttachment[]>([]);
  const clientMsgId = useRef(globalThis.crypto.randomUUID());
  const sending = useAction((m: ThreadMessage) => {
    onSent(m);
    setBody('');
    setPictures([]);
    clientMsgId.current = globalThis.crypto.randomUUID();
  });
  const uploading = useAction((a: MessageAttachment) => setPictures((ps) => [...ps, a]));
  const canSend = (body.trim().length > 0 || pictures.length > 0) && !sending.busy && !uploading.busy;

  function send(e: React.FormEvent) {
    e.preventDefault();
    if (!canSend) return;
    void sending.run(() =>
      messagesApi.post(
        threadId,
        body.trim(),
        clientMsgId.current,
        pictures.map((p) => p.id),
      ),
    );
  }

  return (
    <form className="composer" onSubmit={send}>
      {pictures.length > 0 && (
        <ul className="composer__pictures">
          {pictures.map((p) => (
            <li key={p.id}>
              <img src={p.url} alt={t('messages.picture')} />
              <button
                type="button"
                className="link-button"
                aria-label={t('messages.removeAttachment')}
                onClick={() => setPictures((ps) => ps.filter((x) => x.id !== p.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="composer__row">
        <label className="button button--secondary button--small composer__attach">
          {uploading.busy ? t('messages.uploading') : t('messages.attach')}
          <input
            type="file"
            accept="image/jpeg,image/png,image/webp,image/avif"
            hidden
            disabled={uploading.busy || pictures.length >= MESSAGE_MAX_ATTACHMENTS}
            data-testid="attach-picture"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void uploading.run(() => messagesApi.attach(threadId, file));
            }}
          />
        </label>
        <textarea
          className="composer__text"
          rows={2}
          maxLength={MESSAGE_MAX_CHARS}
          placeholder={t('messages.placeholder')}
          aria-label={t('messages.placeholder')}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          data-testid="message-input"
        />
        <button type="submit" className="button button--small" disabled={!canSend} data-testid="message-send">
          {t('messages.send')}
        </button>
      </div>
      <ActionError error={sending.error ?? uploading.error} />
    </form>
  );
}
