import type { AckError, ChatMessage } from '@pameran/contracts';
import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n';
import { ackErrorMessage, codeMessage } from '../../lib/errors';
import { isTransportFailure, type HallSocket } from '../../lib/socket';
import { useHallChat, type PendingMessage } from '../../stores/hall/chat';
import { useHallNotices } from '../../stores/hall/notices';
import { useUser } from '../../stores/session';
import { deliver, sendChat } from './chatSend';
import type { BoothVisit } from './useBoothVisit';
import './BoothChat.css';
import { useFairPath } from '../fair/useFairSlug';

const NO_MESSAGES: ChatMessage[] = [];
const MAX_LENGTH = 1000;

interface BoothChatProps {
  boothId: string;
  socket: HallSocket | null;
  visit: BoothVisit;
}

function time(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** The booth's chat: history, live messages, and our own messages as they are sent (retried, or marked failed). */
export function BoothChat({ boothId, socket, visit }: BoothChatProps) {
  const { t } = useTranslation();
  const at = useFairPath();
  const { lang } = useLanguage();
  const id = useId();
  const user = useUser();
  const messages = useHallChat((s) => s.chat[boothId] ?? NO_MESSAGES);
  const allPending = useHallChat((s) => s.pending);
  const muted = useHallNotices((s) => s.moderation.state !== 'ok');
  const pending = allPending.filter((p) => p.boothId === boothId && !messages.some((m) => m.id === p.id));
  const [text, setText] = useState('');
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [messages.length, pending.length]);

  const reason = !user
    ? null
    : muted
      ? t('hallview.chat.muted')
      : visit.refused
        ? refusedText(visit.refused, t)
        : null;
  const canWrite = !!user && !reason;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const body = text.trim();
    if (!body || !canWrite) return;
    setText('');
    void sendChat(socket, boothId, body);
  };

  return (
    <section className="chat" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('hallview.chat.title')}</h3>
      <ol ref={list} className="chat__messages" aria-live="polite" data-testid="chat-messages">
        {messages.length + pending.length === 0 && (
          <li className="muted chat__empty">{t('hallview.chat.empty')}</li>
        )}
        {messages.map((m) => (
          <li
            key={m.id}
            className={`chat__message${m.fromStaff ? ' chat__message--staff' : ''}`}
            data-testid="chat-message"
          >
            <span className="chat__author">
              {/* An empty author is an erased account (or a fair past its retention). */}
              {m.authorName || t('privacy.deletedAccount')}
              {m.fromStaff && <span className="chip chip--staff">{t('hallview.chat.staff')}</span>}
            </span>
            <time className="chat__time muted" dateTime={m.createdAt}>
              {time(m.createdAt, lang)}
            </time>
            <p className="chat__text">{m.text}</p>
          </li>
        ))}
        {pending.map((p) => (
          <PendingRow key={p.clientMsgId} message={p} name={user?.displayName ?? ''} socket={socket} />
        ))}
      </ol>
      {!user ? (
        <p className="notice">
          <Link to={at()}>{t('hallview.chat.signIn')}</Link>
        </p>
      ) : reason ? (
        <p className="notice" role="status">
          {reason}
        </p>
      ) : null}
      <form className="chat__form" onSubmit={onSubmit}>
        <label htmlFor={`${id}-text`} className="hall-sr-only">
          {t('hallview.chat.label')}
        </label>
        <input
          id={`${id}-text`}
          data-testid="chat-input"
          value={text}
          maxLength={MAX_LENGTH}
          disabled={!canWrite}
          placeholder={t('hallview.chat.placeholder')}
          onChange={(e) => setText(e.target.value)}
        />
        <button
          type="submit"
          className="button button--primary"
          data-testid="chat-send"
          disabled={!canWrite || !text.trim()}
        >
          {t('hallview.chat.send')}
        </button>
      </form>
    </section>
  );
}

function PendingRow({
  message,
  name,
  socket,
}: {
  message: PendingMessage;
  name: string;
  socket: HallSocket | null;
}) {
  const { t } = useTranslation();
  const failed = message.state === 'failed';
  return (
    <li
      className={`chat__message chat__message--own${failed ? ' chat__message--failed' : ''}`}
      data-testid="chat-pending"
    >
      <span className="chat__author">{name}</span>
      <span className="chat__time muted">
        {failed
          ? failedText(message.error, t)
          : message.state === 'sending'
            ? t('hallview.chat.sending')
            : t('hallview.chat.sent')}
      </span>
      <p className="chat__text">{message.text}</p>
      {failed && (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => void deliver(socket, message)}
        >
          {t('hallview.chat.retry')}
        </button>
      )}
    </li>
  );
}

/** Why we cannot stand at the booth: when the hall is closed, that chat reopens with it; else the server's reason. */
function refusedText(error: AckError, t: TFunction): string {
  if (error.code === 'hall_closed') return t('hallview.chat.refused.hall_closed');
  if (isTransportFailure(error)) return t('hallview.chat.refused.other');
  return codeMessage(error.code, t, error.message) ?? (error.message || t('hallview.chat.refused.other'));
}

/** Why a message was not sent: no connection or no answer, else the server's refusal in the reader's language. */
function failedText(error: AckError | undefined, t: TFunction): string {
  if (!error) return t('hallview.chat.failed.other');
  if (isTransportFailure(error)) return t(`hallview.chat.failed.${error.code}`);
  return ackErrorMessage(error, t) || t('hallview.chat.failed.other');
}
