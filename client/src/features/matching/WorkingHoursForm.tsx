import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { meetingsApi } from '../../lib/matchingApi';
import { useViewerZone } from '../../stores/session';
import { ActionError, useAction } from './useAction';

/** A buyer's daily working hours in their own zone: the organiser's auto-scheduling keeps meetings inside them. */
export function WorkingHoursForm() {
  const { t } = useTranslation();
  const zone = useViewerZone();
  const [from, setFrom] = useState('09:00');
  const [to, setTo] = useState('17:00');
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useAction(() => setSaved(true));
  return (
    <form
      className="card form"
      data-testid="working-hours"
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => meetingsApi.setWorkingHours({ from, to }));
      }}
    >
      <h2>{t('matching.hours.title')}</h2>
      <p className="muted">{t('matching.hours.hint', { zone })}</p>
      <div className="form__row">
        <Field label={t('matching.hours.from')}>
          {(a) => (
            <input type="time" {...a} value={from} onChange={(e) => setFrom(e.target.value)} required />
          )}
        </Field>
        <Field label={t('matching.hours.to')}>
          {(a) => <input type="time" {...a} value={to} onChange={(e) => setTo(e.target.value)} required />}
        </Field>
      </div>
      <button type="submit" className="button button--primary" disabled={busy}>
        {saved ? t('matching.hours.saved') : t('matching.hours.save')}
      </button>
      <ActionError error={error} />
    </form>
  );
}
