import { MEETING_OUTCOMES, type MeetingOutcomeKind, type OutcomeToRecord } from '@pameran/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Field } from '../../components/Field';
import { outcomesApi } from '../../lib/outcomesApi';
import { RatingInput } from './RatingInput';
import { ActionError, useAction } from './useAction';
import { useFairPath } from '../fair/useFairSlug';

/**
 * My side's outcome of a meeting that is over: what came of it, a rating and a note only my side and the
 * organiser see. Shown on the meeting card; recorded once, changed at will. An agreement leads into the
 * deal form with the meeting as evidence.
 */
export function MeetingOutcomeForm({ item }: { item: OutcomeToRecord }) {
  const { t } = useTranslation();
  const at = useFairPath();
  const [saved, setSaved] = useState(item.outcome);
  const [editing, setEditing] = useState(item.outcome === null);
  const [outcome, setOutcome] = useState<MeetingOutcomeKind | ''>(item.outcome?.outcome ?? '');
  const [rating, setRating] = useState(item.outcome?.rating ?? 0);
  const [note, setNote] = useState(item.outcome?.note ?? '');
  const { busy, error, run } = useAction((o: NonNullable<OutcomeToRecord['outcome']>) => {
    setSaved(o);
    setEditing(false);
  });
  const dealLink = saved?.outcome === 'agreement' && (
    <Link
      className="button button--primary button--small"
      to={at(`/deals?meeting=${item.meetingId}`)}
      data-testid="outcome-deal-link"
    >
      {t('outcomes.recordDeal')}
    </Link>
  );

  if (!editing && saved) {
    return (
      <section className="outcome outcome--saved" data-testid="outcome-saved">
        <p>
          <strong>{t('outcomes.yours')}</strong> {t(`outcomes.kind.${saved.outcome}`)}{' '}
          <span className="outcome__stars" aria-label={t('outcomes.form.stars', { count: saved.rating })}>
            {'★'.repeat(saved.rating)}
            {'☆'.repeat(5 - saved.rating)}
          </span>
        </p>
        <div className="meeting__actions">
          {dealLink}
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setEditing(true)}
          >
            {t('outcomes.edit')}
          </button>
        </div>
      </section>
    );
  }

  return (
    <form
      className="outcome form"
      data-testid="outcome-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!outcome || rating === 0) return; // the browser asks for both first (required fields)
        void run(() => outcomesApi.record(item.meetingId, { outcome, rating, note }));
      }}
    >
      <h4>{t('outcomes.title')}</h4>
      <Field label={t('outcomes.form.outcome')}>
        {(a) => (
          <select
            {...a}
            value={outcome}
            onChange={(e) => setOutcome(e.target.value as MeetingOutcomeKind)}
            required
            data-testid="outcome-kind"
          >
            <option value="" disabled>
              {t('outcomes.form.choose')}
            </option>
            {MEETING_OUTCOMES.map((k) => (
              <option key={k} value={k}>
                {t(`outcomes.kind.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <RatingInput value={rating} onChange={setRating} />
      <Field label={t('outcomes.form.note')} hint={t('outcomes.form.private')}>
        {(a) => (
          <textarea {...a} rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
        )}
      </Field>
      <div className="meeting__actions">
        <button type="submit" className="button button--primary button--small" disabled={busy}>
          {t('outcomes.save')}
        </button>
        {saved && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setEditing(false)}
          >
            {t('outcomes.cancel')}
          </button>
        )}
      </div>
      <ActionError error={error} />
    </form>
  );
}
