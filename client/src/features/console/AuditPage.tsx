import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncContent } from '../../components/AsyncContent';
import { consoleQueries } from './consoleQueries';
import { useFairTime } from '../fair/useFairTime';
import { useFairSlug } from '../fair/useFairSlug';

const PAGE = 50;

/** `/organiser/audit`: every organiser action — who, what, when — newest first, searchable. */
export function AuditPage() {
  const slug = useFairSlug();
  const { t } = useTranslation();
  const time = useFairTime();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(0);
  const cursor = page
    ? btoa(`o:${page * PAGE}`)
        .replace(/=+$/, '')
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
    : undefined;
  const log = useQuery({
    ...consoleQueries.audit(slug, { q: q || undefined, limit: PAGE, cursor }),
    placeholderData: keepPreviousData,
  });
  return (
    <div className="console-audit" data-testid="console-audit">
      <h1>{t('console.audit.title')}</h1>
      <input
        type="search"
        placeholder={t('console.audit.search')}
        aria-label={t('console.audit.search')}
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          setPage(0);
        }}
        data-testid="audit-search"
      />
      <AsyncContent result={log} isEmpty={(l) => l.items.length === 0} empty={t('console.audit.empty')}>
        {(l) => (
          <>
            <table className="console-table" data-testid="audit-table">
              <thead>
                <tr>
                  <th>{t('console.audit.when')}</th>
                  <th>{t('console.audit.who')}</th>
                  <th>{t('console.audit.what')}</th>
                  <th>{t('console.audit.details')}</th>
                </tr>
              </thead>
              <tbody>
                {l.items.map((a) => (
                  <tr key={a.id}>
                    <td>{time.when(a.createdAt, Date.now())}</td>
                    <td>{a.actorName ?? '—'}</td>
                    <td>
                      <code>{a.action}</code>
                      <div className="muted">
                        {a.entityType} {a.entityId?.slice(0, 8)}
                      </div>
                    </td>
                    <td>
                      <details>
                        <summary>{t('console.audit.show')}</summary>
                        <pre className="console-json">
                          {JSON.stringify({ before: a.before, after: a.after }, null, 2)}
                        </pre>
                      </details>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="console-pager">
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={page === 0}
                onClick={() => setPage((p) => p - 1)}
              >
                {t('console.audit.newer')}
              </button>
              <span className="muted">{t('console.audit.count', { count: l.total })}</span>
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={!l.nextCursor}
                onClick={() => setPage((p) => p + 1)}
              >
                {t('console.audit.older')}
              </button>
            </div>
          </>
        )}
      </AsyncContent>
    </div>
  );
}
