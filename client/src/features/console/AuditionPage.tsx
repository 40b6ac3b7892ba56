import {
  CATEGORIES,
  EXHIBITOR_STATUSES,
  REGION_CODES,
  regionLabel,
  type BulkDecision,
  type ExhibitorAdminQuery,
} from '@pameran/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncContent } from '../../components/AsyncContent';
import { errorMessage } from '../../lib/errors';
import { useReview } from './auditionQueries';
import { AuditionRow, type RowDecision } from './AuditionRow';
import { useBulkDecision } from './consoleMutations';
import { consoleQueries } from './consoleQueries';
import { ImportPanel } from './ImportPanel';
import { useFairSlug } from '../fair/useFairSlug';
import { useAuditionStages } from './useAuditionStages';

type Filters = Pick<ExhibitorAdminQuery, 'status' | 'stage' | 'region' | 'category' | 'q'>;
type Action = 'approve' | 'pass' | 'reject';

/**
 * `/organiser/audition`: applications with filters, decided stage by stage (docs/decisions/0028-audition-
 * stages.md) one at a time with a note or many at once at one stage, returning pesantren marked; the import.
 */
export function AuditionPage() {
  const { t } = useTranslation();
  const slug = useFairSlug();
  const [filters, setFilters] = useState<Filters>({ status: 'applied' });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const list = useQuery(consoleQueries.exhibitors(slug, filters));
  const stages = useAuditionStages(slug);
  const bulk = useBulkDecision();
  const review = useReview();
  const busy = bulk.isPending || review.isPending;
  const set = (patch: Partial<Filters>) => {
    setSelected(new Set());
    setFilters((f) => ({ ...f, ...patch }));
  };
  const done = (action: Action, ok: number, failed: number) => {
    setMessage(
      t(action === 'pass' ? 'audition.passDone' : `console.audition.${action}Done`, { count: ok }) +
        (failed ? ` ${t('console.audition.failed', { count: failed })}` : ''),
    );
    setSelected(new Set());
  };
  // With a stage chosen, the selected applications are decided at that stage (passing the last approves).
  const stage = filters.stage;
  const bulkAction: Action = stage && stage !== stages.last ? 'pass' : 'approve';
  const decide = (action: Action, ids: string[]) => {
    setMessage(null);
    const body: BulkDecision =
      action === 'reject' ? { action, ids, reason: reason.trim(), stage } : { action, ids, stage };
    bulk.mutate(body, {
      onSuccess: ({ results }) => {
        const failed = results.filter((r) => !r.ok).length;
        done(action, results.length - failed, failed);
      },
      onError: (e) => setMessage(errorMessage(e, t)),
    });
  };
  const decideOne = (d: RowDecision) => {
    setMessage(null);
    const body =
      d.decision === 'reject'
        ? { stage: d.stage, decision: d.decision, note: d.note, reason: reason.trim() }
        : { stage: d.stage, decision: d.decision, note: d.note };
    review.mutate(
      { id: d.id, body },
      {
        onSuccess: () =>
          done(d.decision === 'reject' ? 'reject' : d.stage === stages.last ? 'approve' : 'pass', 1, 0),
        onError: (e) => setMessage(errorMessage(e, t)),
      },
    );
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
          {t('audition.stageFilter')}
          <select
            value={filters.stage ?? ''}
            onChange={(e) => set({ stage: (e.target.value || undefined) as Filters['stage'] })}
            data-testid="filter-stage"
          >
            <option value="">{t('console.audition.all')}</option>
            {stages.keys.map((s) => (
              <option key={s} value={s}>
                {stages.label(s)}
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
          onClick={() => decide(bulkAction, ids)}
          data-testid={bulkAction === 'pass' ? 'bulk-pass' : 'bulk-approve'}
        >
          {bulkAction === 'pass'
            ? t('audition.passSelected', { stage: stage ? stages.label(stage) : '' })
            : t('console.audition.approveSelected')}
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
          <div className="console-table-wrap">
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
                  <th>{t('audition.stageColumn')}</th>
                  <th>{t('console.audition.status')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {l.items.map((e) => (
                  <AuditionRow
                    key={e.id}
                    e={e}
                    stages={stages}
                    checked={selected.has(e.id)}
                    onToggle={() => toggle(e.id)}
                    busy={busy}
                    canReject={canReject}
                    onDecide={decideOne}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </AsyncContent>
      <p className="muted">{t('console.audition.total', { count: list.data?.total ?? 0 })}</p>
      <ImportPanel />
    </div>
  );
}
