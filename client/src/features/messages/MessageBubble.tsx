import type { ThreadMessage } from '@pameran/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messagesApi } from '../../lib/messagesApi';
import { ActionError, useAction } from '../matching/useAction';
import { useFairTime } from '../fair/useFairTime';

/**
 * One message: its text as text (never HTML, links are not made clickable), its pictures, and for others'
 * messages a way to report it to the organisers.
 */
export function MessageBubble({
  message,
  mine,
  reportable = !mine,
}: {
  message: ThreadMessage;
  mine: boolean;
  /** Others' messages can be reported, except where an organiser is already looking at a report. */
  reportable?: boolean;
}) {
  const { t } = useTranslation();
  const time = useFairTime();
  const [reported, setReported] = useState(false);
  const { busy, error, run } = useAction(() => setReported(true));
  const sender = mine ? t('messages.you') : message.senderName || t('messages.deleted');

  function report() {
    const reason = globalThis.prompt(t('messages.reportReason'))?.trim();
    if (reason) void run(() => messagesApi.report(message.threadId, message.id, reason.slice(0, 500)));
  }

  return (
    <li
      className={`bubble${mine ? ' bubble--mine' : ''}${message.hidden ? ' bubble--hidden' : ''}`}
      data-testid="message"
      data-message={message.id}
    >
      <div className="bubble__meta">
        <strong>{sender}</strong> <span className="muted">{time.pair(message.createdAt)}</span>
      </div>
      {message.hidden && (
        <p className="bubble__hidden" data-testid="message-hidden">
          {t('messages.hidden')}
        </p>
      )}
      {message.body && <p className="bubble__body">{message.body}</p>}
      {message.attachments.map((a) => (
        <a key={a.id} href={a.sizes['1280'] ?? a.url} target="_blank" rel="noopener noreferrer">
          <img className="bubble__picture" src={a.url} alt={t('messages.picture')} loading="lazy" />
        </a>
      ))}
      {reportable && !message.hidden && (
        <div className="bubble__actions">
          {reported ? (
            <span className="muted" role="status">
              {t('messages.reported')}
            </span>
          ) : (
            <button
              type="button"
              className="link-button"
              disabled={busy}
              onClick={report}
              data-testid="report-message"
            >
              {t('messages.report')}
            </button>
          )}
        </div>
      )}
      <ActionError error={error} />
    </li>
  );
}
