import type { ChatFeedItem } from '@pameran/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncContent } from '../../components/AsyncContent';
import { useLanguage } from '../../i18n';
import { errorMessage } from '../../lib/errors';
import { formatTimePair } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { useViewerZone } from '../../stores/session';
import { consoleApi } from './consoleApi';

/** `/organiser/moderation`: recent chat across booths, delete, mute/ban, lift, registered-only chat. */
export function ModerationPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [deleted, setDeleted] = useState(false);
  const [tick, setTick] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const feed = useAsync(`chat:${q}:${deleted}:${tick}`, (signal) =>
    consoleApi.chat({ q: q || undefined, includeDeleted: deleted ? 'true' : 'false', limit: 100 }, signal),
  );
  const sanctions = useAsync(`sanctions:${tick}`, (signal) => consoleApi.sanctions(signal));
  const act = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      setTick((x) => x + 1);
    } catch (e) {
      setError(errorMessage(e, t));
    }
  };
  return (
    <div className="console-moderation" data-testid="console-moderation">
      <h1>{t('console.moderation.title')}</h1>
      <RegisteredOnly />
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
            onClick={() => setTick((x) => x + 1)}
          >
            {t('console.moderation.refresh')}
          </button>
        </header>
        {error && (
          <p className="notice notice--error" role="alert">
            {error}
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
                    onClick={() => void act(() => consoleApi.lift(x.userId))}
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

function FeedItem({ m, act }: { m: ChatFeedItem; act: (fn: () => Promise<unknown>) => Promise<void> }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const zone = useViewerZone();
  const sanction = (kind: 'mute' | 'ban') => {
    const reason = window.prompt(t('console.moderation.reasonPrompt'));
    if (!reason || reason.trim().length < 3 || !m.userId) return;
    const userId = m.userId;
    void act(() =>
      consoleApi.sanction({ userId, kind, minutes: kind === 'mute' ? 60 : undefined, reason: reason.trim() }),
    );
  };
  return (
    <li
      className={`chat-feed__item${m.deletedAt ? ' chat-feed__item--deleted' : ''}`}
      data-testid="chat-feed-item"
    >
      <div className="chat-feed__meta">
        <strong>{m.authorName}</strong> <span className="muted">({t(`role.${m.authorRole}`)})</span> →{' '}
        {m.boothName}
        <span className="muted"> · {formatTimePair(m.createdAt, zone, lang)}</span>
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
            onClick={() => void act(() => consoleApi.deleteMessage(m.boothId, m.id))}
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

function RegisteredOnly() {
  const { t } = useTranslation();
  const [tick, setTick] = useState(0);
  const settings = useAsync(`settings:${tick}`, (signal) => consoleApi.settings(signal));
  const on = settings.data?.chatRegisteredOnly ?? false;
  return (
    <label className="card console-toggle">
      <input
        type="checkbox"
        checked={on}
        disabled={!settings.data}
        onChange={async (e) => {
          await consoleApi.setChatRegisteredOnly(e.target.checked).catch(() => undefined);
          setTick((x) => x + 1);
        }}
        data-testid="registered-only"
      />{' '}
      {t('console.moderation.registeredOnly')}
    </label>
  );
}
