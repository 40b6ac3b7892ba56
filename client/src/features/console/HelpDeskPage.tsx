import type { ResetLink, UserCard } from '@pameran/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncContent } from '../../components/AsyncContent';
import { errorMessage } from '../../lib/errors';
import { consoleApi } from './consoleApi';
import { consoleKeys } from './consoleQueries';
import { useFairSlug } from '../fair/useFairSlug';

/**
 * `/organiser/help-desk`: find a registered account and hand over a password-reset link, or mail it.
 * Both are in the audit log; the link points at the fair's own address whatever this browser's is.
 */
export function HelpDeskPage() {
  const slug = useFairSlug();
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const term = q.trim();
  const users = useQuery({
    queryKey: consoleKeys.users(term),
    queryFn: ({ signal }) => consoleApi.users(slug, term, signal),
    enabled: term.length >= 2,
    placeholderData: keepPreviousData,
  });
  return (
    <div className="console-help-desk" data-testid="console-help-desk">
      <h1>{t('console.helpDesk.title')}</h1>
      <p className="muted">{t('console.helpDesk.intro')}</p>
      <section className="card">
        <input
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder={t('console.helpDesk.search')}
          aria-label={t('console.helpDesk.search')}
          data-testid="help-desk-search"
        />
        {term.length >= 2 && (
          <AsyncContent
            result={users}
            isEmpty={(d) => d.items.length === 0}
            empty={<p className="muted">{t('console.helpDesk.none')}</p>}
          >
            {(d) => (
              <ul className="console-list">
                {d.items.map((u) => (
                  <HelpDeskRow key={u.id} user={u} />
                ))}
              </ul>
            )}
          </AsyncContent>
        )}
      </section>
    </div>
  );
}

function HelpDeskRow({ user }: { user: UserCard }) {
  const slug = useFairSlug();
  const { t, i18n } = useTranslation();
  const [result, setResult] = useState<ResetLink | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const reset = async (deliver: 'link' | 'mail') => {
    setBusy(true);
    setFailure(null);
    try {
      setResult(await consoleApi.resetLink(slug, user.id, deliver));
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };
  const until =
    result && new Date(result.expiresAt).toLocaleTimeString(i18n.language, { timeStyle: 'short' });
  return (
    <li data-testid={`help-desk-user-${user.id}`}>
      <strong>{user.displayName}</strong> · {user.email} · {t(`role.${user.role}`)}
      <div className="console-actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void reset('link')}
          data-testid="help-desk-link"
        >
          {t('console.helpDesk.getLink')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void reset('mail')}
          data-testid="help-desk-mail"
        >
          {t('console.helpDesk.mailLink')}
        </button>
      </div>
      {result?.url && (
        <p data-testid="help-desk-result">
          {t('console.helpDesk.link', { name: user.displayName, time: until })}{' '}
          <input
            readOnly
            value={result.url}
            onFocus={(e) => e.target.select()}
            aria-label={t('console.helpDesk.getLink')}
          />
        </p>
      )}
      {result?.mailedTo && (
        <p role="status" data-testid="help-desk-result">
          {t('console.helpDesk.mailed', { email: result.mailedTo })}
        </p>
      )}
      {failure !== null && (
        <p className="form__error" role="alert">
          {errorMessage(failure, t)}
        </p>
      )}
    </li>
  );
}
