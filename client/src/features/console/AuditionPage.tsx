import {
  CATEGORIES,
  EXHIBITOR_STATUSES,
  REGION_CODES,
  regionLabel,
  type Exhibitor,
  type ExhibitorAdminQuery,
} from '@pameran/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncContent } from '../../components/AsyncContent';
import { errorMessage } from '../../lib/errors';
import { useBulkDecision } from './consoleMutations';
import { consoleQueries } from './consoleQueries';
import { ImportPanel } from './ImportPanel';
import { useFairSlug } from '../fair/useFairSlug';

type Filters = Pick<ExhibitorAdminQuery, 'status' | 'region' | 'category' | 'q'>;

/** `/organiser/audition`: applications with filters, approve/reject one or many, and the import. */
export function AuditionPage() {
  const { t } = useTranslation();
  const slug = useFairSlug();
  const [filters, setFilters] = useState<Filters>({ status: 'applied' });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const list = useQuery(consoleQueries.exhibitors(slug, filters));
  const bulk = useBulkDecision();
  const busy = bulk.isPending;
  const set = (patch: Partial<Filters>) => {
    setSelected(new Set());
    setFilters((f) => ({ ...f, ...patch }));
  };
  const decide = (action: 'approve' | 'reject', ids: string[]) => {
    setMessage(null);
    bulk.mutate(action === 'approve' ? { action, ids } : { action, ids, reason: reason.trim() }, {
      onSuccess: ({ results }) => {
        const failed = results.filter((r) => !r.ok);
        setMessage(
          t(`console.audition.${action}Done`, { count: results.length - failed.length }) +
            (failed.length ? ` ${t('console.audition.failed', { count: failed.length })}` : ''),
        );
        setSelected(new Set());
      },
      onError: (e) => setMessage(errorMessage(e, t)),
    });
  };
  const toggle = (id: string) =>
    setSelected((s) => {
      const n = new Set(s);
      if (!n.delete(id)) n.add(id);
      return n;
    });
  const ids = [...selected];
  const canReject = reason.trim().length >= 3;
  return (
    <div className="console-audition" data-testid="console-audition">
      <h1>{t('console.audition.title')}</h1>
      <form className="console-filters card" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('console.audition.status')}
          <select
            value={filters.status ?? ''}
            onChange={(e) => set({ status: (e.target.value || undefined) as Filters['status'] })}
            data-testid="filter-status"
          >
            <option value="">{t('console.audition.all')}</option>
            {EXHIBITOR_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`console.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('console.audition.category')}
          <select
            value={filters.category ?? ''}
            onChange={(e) => set({ category: (e.target.value || undefined) as Filters['category'] })}
          >
            <option value="">{t('console.audition.all')}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`categories.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('console.audition.region')}
          <select value={filters.region ?? ''} onChange={(e) => set({ region: e.target.value || undefined })}>
            <option value="">{t('console.audition.all')}</option>
            {REGION_CODES.map((r) => (
              <option key={r} value={r}>
                {regionLabel(r)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('console.audition.search')}
          <input
            type="search"
            value={filters.q ?? ''}
            onChange={(e) => set({ q: e.target.value || undefined })}
          />
        </label>
      </form>
      <div className="console-bulk card" data-testid="bulk-bar">
        <span>{t('console.audition.selected', { count: ids.length })}</span>
        <button
          type="button"
          className="button button--primary button--small"
          disabled={busy || !ids.length}
          onClick={() => decide('approve', ids)}
          data-testid="bulk-approve"
        >
          {t('console.audition.approveSelected')}
        </button>
        <input
          className="console-bulk__reason"
          placeholder={t('console.audition.reasonPlaceholder')}
          aria-label={t('console.audition.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={busy || !ids.length || !canReject}
          onClick={() => decide('reject', ids)}
          data-testid="bulk-reject"
        >
          {t('console.audition.rejectSelected')}
        </button>
        {message && (
          <span role="status" data-testid="audition-message">
            {message}
          </span>
        )}
      </div>
      <AsyncContent result={list} isEmpty={(l) => l.items.length === 0} empty={t('console.audition.empty')}>
        {(l) => (
          <table className="console-table" data-testid="applications">
            <thead>
              <tr>
                <th>
                  <input
                    type="checkbox"
                    aria-label={t('console.audition.selectAll')}
                    checked={l.items.length > 0 && l.items.every((e) => selected.has(e.id))}
                    onChange={(e) => setSelected(new Set(e.target.checked ? l.items.map((x) => x.id) : []))}
                  />
                </th>
                <th>{t('console.audition.name')}</th>
                <th>{t('console.audition.region')}</th>
                <th>{t('console.audition.category')}</th>
                <th>{t('console.audition.status')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {l.items.map((e) => (
                <Row
                  key={e.id}
                  e={e}
                  checked={selected.has(e.id)}
                  onToggle={() => toggle(e.id)}
                  busy={busy}
                  onApprove={() => decide('approve', [e.id])}
                  onReject={canReject ? () => decide('reject', [e.id]) : undefined}
                />
              ))}
            </tbody>
          </table>
        )}
      </AsyncContent>
      <p className="muted">{t('console.audition.total', { count: list.data?.total ?? 0 })}</p>
      <ImportPanel />
    </div>
  );
}

function Row(props: {
  e: Exhibitor;
  checked: boolean;
  busy: boolean;
  onToggle(): void;
  onApprove(): void;
  onReject?: () => void;
}) {
  const { t } = useTranslation();
  const { e } = props;
  return (
    <tr data-testid="application-row" data-name={e.name}>
      <td>
        <input type="checkbox" aria-label={e.name} checked={props.checked} onChange={props.onToggle} />
      </td>
      <td>
        <strong>{e.name}</strong>
        <div className="muted">
          {e.contactName} · {e.whatsappNumber}
        </div>
        {e.statusReason && (
          <div className="muted">
            {t('console.audition.reason')}: {e.statusReason}
          </div>
        )}
      </td>
      <td>{regionLabel(e.region)}</td>
      <td>{t(`categories.${e.category}`)}</td>
      <td>
        <span className={`badge badge--${e.status}`}>{t(`console.status.${e.status}`)}</span>
      </td>
      <td className="console-table__actions">
        {e.status === 'applied' && (
          <>
            <button
              type="button"
              className="button button--primary button--small"
              disabled={props.busy}
              onClick={props.onApprove}
              data-testid="approve"
            >
              {t('console.audition.approve')}
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={props.busy || !props.onReject}
              title={props.onReject ? undefined : t('console.audition.reasonFirst')}
              onClick={props.onReject}
            >
              {t('console.audition.reject')}
            </button>
          </>
        )}
      </td>
    </tr>
  );
}
