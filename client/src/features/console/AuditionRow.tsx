import { regionLabel, type AuditionApplication, type AuditionStage } from '@pameran/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditionStagesView } from './useAuditionStages';
import { useLanguage } from '../../i18n';
import { formatRupiah } from '../../lib/format';
import { auditionQueries } from './auditionQueries';

/** A decision on one application from its row: pass its stage (the last approves) or reject, with a note. */
export type RowDecision = { id: string; stage: AuditionStage; note: string } & (
  { decision: 'pass' } | { decision: 'reject' }
);

/** One application of the audition: its stage, its returning badge, and (opened) notes and products. */
export function AuditionRow(props: {
  e: AuditionApplication;
  stages: AuditionStagesView;
  checked: boolean;
  busy: boolean;
  canReject: boolean;
  onToggle(): void;
  onDecide(d: RowDecision): void;
}) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const { e, stages } = props;
  // A note belongs to the stage it was written for: once the application moves on, the field starts empty.
  const [draft, setDraft] = useState({ stage: e.stage, text: '' });
  const note = draft.stage === e.stage ? draft.text : '';
  const setNote = (text: string) => setDraft({ stage: e.stage, text });
  const [open, setOpen] = useState(false);
  const decide = (decision: 'pass' | 'reject') =>
    props.onDecide({ id: e.id, stage: e.stage, note, decision });
  const last = e.stage === stages.last;
  return (
    <tr data-testid="application-row" data-name={e.name} data-stage={e.stage}>
      <td>
        <input type="checkbox" aria-label={e.name} checked={props.checked} onChange={props.onToggle} />
      </td>
      <td>
        <strong>{e.name}</strong>
        {e.returning && (
          <span className="badge badge--returning" data-testid="returning-badge">
            {t('audition.returningFrom', { fair: pick(e.returning.eventName) })}
          </span>
        )}
        <div className="muted">
          {e.contactName} · {e.whatsappNumber}
        </div>
        {e.statusReason && (
          <div className="muted">
            {t('console.audition.reason')}: {e.statusReason}
          </div>
        )}
        <details className="audition-details" onToggle={(ev) => setOpen(ev.currentTarget.open)}>
          <summary data-testid="audition-notes-toggle">
            {t('audition.notes', { count: e.reviews.length })}
          </summary>
          <Reviews e={e} stages={stages} />
          {e.status === 'applied' && (
            <label className="audition-note">
              {t('audition.noteFor', { stage: stages.label(e.stage) })}
              <textarea
                value={note}
                maxLength={2000}
                rows={2}
                onChange={(ev) => setNote(ev.target.value)}
                data-testid="audition-note"
              />
            </label>
          )}
          {e.returning && open && <Products id={e.id} />}
        </details>
      </td>
      <td>{regionLabel(e.region)}</td>
      <td>{t(`categories.${e.category}`)}</td>
      <td>
        <span className="badge badge--stage" data-testid="stage">
          {stages.label(e.stage)}
        </span>
      </td>
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
              onClick={() => decide('pass')}
              data-testid={last ? 'approve' : 'pass'}
            >
              {last ? t('console.audition.approve') : t('audition.pass', { stage: stages.label(e.stage) })}
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={props.busy || !props.canReject}
              title={props.canReject ? undefined : t('console.audition.reasonFirst')}
              onClick={() => decide('reject')}
              data-testid="reject"
            >
              {t('console.audition.reject')}
            </button>
          </>
        )}
      </td>
    </tr>
  );
}

/** Every decision so far, stage by stage, with the organisers' notes. */
function Reviews({ e, stages }: { e: AuditionApplication; stages: AuditionStagesView }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  if (!e.reviews.length) return <p className="muted">{t('audition.noNotes')}</p>;
  return (
    <ol className="audition-reviews" data-testid="audition-reviews">
      {e.reviews.map((r) => (
        <li key={`${r.stage}-${r.at}`} data-stage={r.stage} data-decision={r.decision}>
          <strong>{stages.label(r.stage)}</strong> · {t(`audition.decision.${r.decision}`)}
          {r.byName && ` · ${r.byName}`} ·{' '}
          <time dateTime={r.at}>
            {new Date(r.at).toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID', {
              dateStyle: 'medium',
              timeStyle: 'short',
            })}
          </time>
          {r.note && <p className="audition-reviews__note">{r.note}</p>}
        </li>
      ))}
    </ol>
  );
}

/** A returning pesantren's products, each flagged for review; new and changed ones marked. */
function Products({ id }: { id: string }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const products = useQuery(auditionQueries.products(id));
  if (!products.data) return null;
  return (
    <ul className="audition-products" data-testid="audition-products">
      {products.data.items.map((p) => (
        <li key={p.id} data-change={p.change}>
          {pick(p.name)} · {formatRupiah(p.priceRupiah)} / {p.unit}{' '}
          {p.change !== 'same' && (
            <span className={`badge badge--${p.change}`}>{t(`audition.change.${p.change}`)}</span>
          )}
          {p.needsReview && <span className="badge badge--applied">{t('audition.needsReview')}</span>}
        </li>
      ))}
    </ul>
  );
}
