import { DEAL_STATUSES, DealInput, type Deal, type DealStatus, type Meeting } from '@pameran/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { formatRupiah } from '../../lib/format';
import { dealsApi } from '../../lib/matchingApi';
import { useSession } from '../../stores/session';
import { useFormSubmit } from '../entry/useFormSubmit';

interface Counterpart {
  key: string;
  label: string;
  exhibitorId: string;
  buyerId: string;
  meetingId: string;
}

/** The people one has met (or will meet): the deal's other party is chosen from them. */
function counterparts(meetings: Meeting[], asExhibitor: boolean): Counterpart[] {
  return meetings.flatMap((m) =>
    asExhibitor
      ? m.buyers.map((b) => ({
          key: `${m.id}:${b.id}`,
          label: `${b.name}${b.company ? ` · ${b.company}` : ''}`,
          exhibitorId: m.exhibitor.id,
          buyerId: b.id,
          meetingId: m.id,
        }))
      : [{ key: m.id, label: m.exhibitor.name, exhibitorId: m.exhibitor.id, buyerId: '', meetingId: m.id }],
  );
}

/** Record a deal (value in whole rupiah, stage, note); the other party confirms it. */
export function DealForm({
  meetings,
  meetingId,
  onSaved,
}: {
  meetings: Meeting[];
  meetingId?: string;
  onSaved(d: Deal): void;
}) {
  const { t } = useTranslation();
  const user = useSession((s) => s.user);
  const asExhibitor = Boolean(user?.exhibitorId);
  const options = counterparts(meetings, asExhibitor);
  const [choice, setChoice] = useState(
    options.find((o) => o.meetingId === meetingId)?.key ?? options[0]?.key ?? '',
  );
  const [value, setValue] = useState('');
  const [status, setStatus] = useState<DealStatus>('inquiry');
  const [note, setNote] = useState('');
  const { errors, formError, submitting, submit } = useFormSubmit(DealInput, async (body) => {
    onSaved(await dealsApi.record(body));
    setValue('');
    setNote('');
  });
  if (options.length === 0)
    return <p className="notice notice--empty">{t('matching.deals.noCounterpart')}</p>;
  const picked = options.find((o) => o.key === choice) ?? options[0];
  const amount = Number(value.replace(/\D/g, ''));

  return (
    <form
      className="card form"
      noValidate
      data-testid="deal-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit({
          ...(asExhibitor ? { buyerId: picked.buyerId } : { exhibitorId: picked.exhibitorId }),
          meetingId: picked.meetingId,
          value: amount,
          status,
          note,
        });
      }}
    >
      <h2>{t('matching.deals.record')}</h2>
      <Field label={t(asExhibitor ? 'matching.deals.buyer' : 'matching.deals.exhibitor')}>
        {(a) => (
          <select
            {...a}
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
            data-testid="deal-counterpart"
          >
            {options.map((o) => (
              <option key={o.key} value={o.key}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t('matching.deals.value')}
        error={errors.value}
        hint={amount > 0 ? formatRupiah(amount) : undefined}
      >
        {(a) => (
          <input
            {...a}
            inputMode="numeric"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            data-testid="deal-value"
          />
        )}
      </Field>
      <Field label={t('matching.deals.stage')} error={errors.status}>
        {(a) => (
          <select
            {...a}
            value={status}
            onChange={(e) => setStatus(e.target.value as DealStatus)}
            data-testid="deal-status"
          >
            {DEAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`matching.deals.status.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('matching.deals.note')} error={errors.note}>
        {(a) => (
          <textarea {...a} rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
        )}
      </Field>
      {formError && (
        <p className="notice notice--error" role="alert">
          {formError}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={submitting} data-testid="deal-save">
        {t('matching.deals.save')}
      </button>
    </form>
  );
}
