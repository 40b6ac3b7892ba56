import type { ThreadSummary } from '@pameran/contracts';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { messagesApi } from '../../lib/messagesApi';
import { useAsync } from '../../lib/useAsync';
import { ThreadPanel } from './ThreadPanel';
import { useThreadEvents } from './useThreadEvents';
import '../../styles/messages.css';
import { useFairPath } from '../fair/useFairSlug';
import { useFairRights } from '../fair/fairRights';

/**
 * `/messages` and `/messages/:threadId`: the person's conversations with unread badges beside the open one
 * (on a phone, the list or the conversation, one at a time). Live: a new message refreshes the list.
 */
export function MessagesPage() {
  const { t } = useTranslation();
  const at = useFairPath();
  const { threadId } = useParams();
  const threads = useAsync('threads', (signal) => messagesApi.mine(signal));
  const reload = threads.reload;
  const onActivity = useCallback(() => reload(), [reload]);
  useThreadEvents({ onMessage: () => reload() });
  const list = threads.data ?? threads.previous;
  // A conversation opened a moment ago can be missing from a list read just before: read it once more.
  const missing = !!threadId && !!threads.data && !threads.data.items.some((th) => th.id === threadId);
  const retried = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!missing || retried.current === threadId) return;
    retried.current = threadId;
    reload();
  }, [missing, threadId, reload]);

  return (
    <div className={`messages${threadId ? ' messages--open' : ''}`} data-testid="messages-page">
      <div className="messages__list">
        <h1>{t('messages.title')}</h1>
        <AsyncContent
          result={{ ...threads, data: list }}
          isEmpty={(l) => l.items.length === 0}
          empty={<p className="muted">{t('messages.empty')}</p>}
        >
          {(l) => (
            <ul className="thread-list">
              {l.items.map((th) => (
                <ThreadRow key={th.id} thread={th} active={th.id === threadId} />
              ))}
            </ul>
          )}
        </AsyncContent>
      </div>
      {threadId && (
        <div className="messages__thread">
          <Link className="link-button messages__back" to={at('/messages')}>
            ← {t('messages.back')}
          </Link>
          <ThreadTitle thread={list?.items.find((th) => th.id === threadId)} />
          <ThreadPanel key={threadId} threadId={threadId} onActivity={onActivity} />
        </div>
      )}
    </div>
  );
}

/** Who the conversation is with: the exhibitor for a buyer, the buyer's company for the exhibitor's staff. */
function useCounterpart(thread: ThreadSummary | undefined): string {
  const { exhibitorId } = useFairRights();
  if (!thread) return '';
  return exhibitorId ? thread.buyerName : thread.exhibitorName;
}

function ThreadTitle({ thread }: { thread: ThreadSummary | undefined }) {
  const { t } = useTranslation();
  const who = useCounterpart(thread);
  if (!thread) return null;
  return (
    <h2 className="messages__title">
      {who} <span className="muted">· {t(`messages.subject.${thread.subject.kind}`)}</span>
    </h2>
  );
}

function ThreadRow({ thread, active }: { thread: ThreadSummary; active: boolean }) {
  const { t } = useTranslation();
  const at = useFairPath();
  const who = useCounterpart(thread);
  const last = thread.lastMessage;
  return (
    <li>
      <Link
        to={at(`/messages/${thread.id}`)}
        className={`thread-row${active ? ' thread-row--active' : ''}`}
        data-testid="thread-row"
        data-thread={thread.id}
      >
        <span className="thread-row__head">
          <strong>{who}</strong>
          {thread.unread > 0 && (
            <span
              className="badge badge--unread"
              data-testid="thread-unread"
              aria-label={t('messages.unread', { count: thread.unread })}
            >
              {thread.unread}
            </span>
          )}
        </span>
        <span className="muted">{t(`messages.subject.${thread.subject.kind}`)}</span>
        {last && (
          <span className="thread-row__last">
            {last.body || (last.attachments.length > 0 ? `📷 ${t('messages.picture')}` : '')}
          </span>
        )}
      </Link>
    </li>
  );
}
