import type { ChatFeedItem } from '@pameran/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncContent } from '../../components/AsyncContent';
import { errorMessage } from '../../lib/errors';
import { ReportedMessages } from '../messages/ReportedMessages';
import { useModerationAction, useSetRegisteredOnly, type ModerationAction } from './consoleMutations';
import { consoleQueries } from './consoleQueries';
import { useFairSlug } from '../fair/useFairSlug';
import { useFairTime } from '../fair/useFairTime';

/** `/organiser/moderation`: recent chat across booths, delete, mute/ban, lift, registered-only chat. */
export function ModerationPage() {
  const { t } = useTranslation();
  const slug = useFairSlug();
  const [q, setQ] = useState('');
  const [deleted, setDeleted] = useState(false);
  const feed = useQuery({
    ...consoleQueries.chat(slug, {
      q: q || undefined,
      includeDeleted: deleted ? 'true' : 'false',
      limit: 100,
    }),
    placeholderData: keepPreviousData,
  });
  const sanctions = useQuery(consoleQueries.sanctions(slug));
  const action = useModerationAction();
  const act = (a: ModerationAction) => action.mutate(a);
  return (
    <div className="console-moderation" data-testid="console-moderation">
      <h1>{t('console.moderation.title')}</h1>
      <RegisteredOnly />
      <ReportedMessages />
      <section className="card">
        <header className="console-section__head">
          <h2>{t('console.moderation.feed')}</h2>
          <input
            type="search"
            placeholder={t('console.moderation.search')}
            aria-label={t('console.moderation.search')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            data-testid="chat-search"
          />
          <label>
            <input type="checkbox" checked={deleted} onChange={(e) => setDeleted(e.target.checked)} />{' '}
            {t('console.moderation.showDeleted')}
          </label>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={feed.isFetching}
            onClick={() => void Promise.all([feed.refetch(), sanctions.refetch()])}
          >
            {t('console.moderation.refresh')}
          </button>
        </header>
        {action.isError && (
          <p className="notice notice--error" role="alert">
            {errorMessage(action.error, t)}
          </p>
        )}
        <AsyncContent
          result={feed}
          isEmpty={(f) => f.items.length === 0}
          empty={t('console.moderation.empty')}
        >
          {(f) => (
            <ul className="chat-feed" data-testid="chat-feed">
              {f.items.map((m) => (
                <FeedItem key={m.id} m={m} act={act} />
              ))}
            </ul>
          )}
        </AsyncContent>
      </section>
      <section className="card">
        <h2>{t('console.moderation.sanctions')}</h2>
        <AsyncContent
          result={sanctions}
          isEmpty={(s) => s.items.length === 0}
          empty={t('console.moderation.noSanctions')}
        >
          {(s) => (
            <ul className="sanctions">
              {s.items.map((x) => (
                <li key={x.id}>
                  <strong>{x.userName ?? x.userId}</strong> · {t(`console.moderation.${x.kind}`)} · {x.reason}
                  {x.until &&
                    ` · ${t('console.moderation.until', { time: new Date(x.until).toLocaleString() })}`}{' '}
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => act({ kind: 'lift', userId: x.userId })}
                  >
                    {t('console.moderation.lift')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </AsyncContent>
      </section>
    </div>
  );
}

function FeedItem({ m, act }: { m: ChatFeedItem; act: (action: ModerationAction) => void }) {
  const { t } = useTranslation();
  const time = useFairTime();
  const sanction = (kind: 'mute' | 'ban') => {
    const reason = window.prompt(t('console.moderation.reasonPrompt'));
    if (!reason || reason.trim().length < 3 || !m.userId) return;
    act({ kind, userId: m.userId, reason: reason.trim() });
  };
  return (
    <li
      className={`chat-feed__item${m.deletedAt ? ' chat-feed__item--deleted' : ''}`}
      data-testid="chat-feed-item"
    >
      <div className="chat-feed__meta">
        <strong>{m.authorName || t('privacy.deletedAccount')}</strong>{' '}
        <span className="muted">({t(`role.${m.authorRole}`)})</span> → {m.boothName}
        <span className="muted"> · {time.pair(m.createdAt)}</span>
        {m.authorState !== 'ok' && (
          <span className={`badge badge--${m.authorState}`}>
            {t(`console.moderation.state.${m.authorState}`)}
          </span>
        )}
      </div>
      <p className="chat-feed__text">{m.text}</p>
      {!m.deletedAt && (
        <div className="chat-feed__actions">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => act({ kind: 'delete', boothId: m.boothId, messageId: m.id })}
          >
            {t('console.moderation.delete')}
          </button>
          {m.userId && m.authorRole !== 'organiser' && (
            <>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => sanction('mute')}
              >
                {t('console.moderation.mute1h')}
              </button>
              <button
                type="button"
                className="button button--danger button--small"
                onClick={() => sanction('ban')}
              >
                {t('console.moderation.ban')}
              </button>
            </>
          )}
        </div>
      )}
    </li>
  );
}

/** Registered-only chat: a refused change is shown, and the switch goes back to what the server holds. */
function RegisteredOnly() {
  const { t } = useTranslation();
  const slug = useFairSlug();
  const settings = useQuery(consoleQueries.settings(slug));
  const change = useSetRegisteredOnly();
  return (
    <div className="card console-toggle">
      <label>
        <input
          type="checkbox"
          checked={settings.data?.chatRegisteredOnly ?? false}
          disabled={!settings.data || change.isPending}
          onChange={(e) => change.mutate(e.target.checked)}
          data-testid="registered-only"
        />{' '}
        {t('console.moderation.registeredOnly')}
      </label>
      {change.isError && (
        <p className="notice notice--error" role="alert" data-testid="registered-only-error">
          {errorMessage(change.error, t)}
        </p>
      )}
    </div>
  );
}
