import { DEAL_STATUSES, DealInput, type Deal, type DealStatus, type Meeting } from '@pameran/contracts';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Form, FormError, SubmitButton } from '../../components/form/Form';
import { fieldsFor } from '../../components/form/FormField';
import { useContractForm } from '../../components/form/useContractForm';
import { formatRupiah } from '../../lib/format';
import { dealsApi } from '../../lib/matchingApi';
import { useFairRights } from '../fair/fairRights';

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
      ? // An erased account cannot be a new deal's other party.
        m.buyers
          .filter((b) => !b.deleted)
          .map((b) => ({
            key: `${m.id}:${b.id}`,
            label: `${b.name}${b.company ? ` · ${b.company}` : ''}`,
            exhibitorId: m.exhibitor.id,
            buyerId: b.id,
            meetingId: m.id,
          }))
      : [{ key: m.id, label: m.exhibitor.name, exhibitorId: m.exhibitor.id, buyerId: '', meetingId: m.id }],
  );
}

/** The deal as typed: the other party by its option's key, the value as text ("150.000.000"). */
interface DealValues {
  counterpart: string;
  value: string;
  status: DealStatus;
  note: string;
}

const { Field } = fieldsFor<DealValues>();
const rupiah = (text: string) => Number(text.replace(/\D/g, ''));

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
  const asExhibitor = Boolean(useFairRights().exhibitorId);
  const options = counterparts(meetings, asExhibitor);
  const kit = useContractForm<DealValues, typeof DealInput>({
    schema: DealInput,
    defaultValues: {
      counterpart: options.find((o) => o.meetingId === meetingId)?.key ?? options[0]?.key ?? '',
      value: '',
      status: 'inquiry',
      note: '',
    },
    toRequest: (v) => {
      const picked = options.find((o) => o.key === v.counterpart) ?? options[0];
      return {
        ...(asExhibitor ? { buyerId: picked.buyerId } : { exhibitorId: picked.exhibitorId }),
        meetingId: picked.meetingId,
        value: rupiah(v.value),
        status: v.status,
        note: v.note,
      };
    },
    send: async (request) => {
      onSaved(await dealsApi.record(request));
      kit.form.setValue('value', '');
      kit.form.setValue('note', '');
    },
  });
  const amount = rupiah(useWatch({ control: kit.form.control, name: 'value' }));
  if (options.length === 0)
    return <p className="notice notice--empty">{t('matching.deals.noCounterpart')}</p>;

  return (
    <Form kit={kit} className="card form" data-testid="deal-form">
      <h2>{t('matching.deals.record')}</h2>
      <Field name="counterpart" label={t(asExhibitor ? 'matching.deals.buyer' : 'matching.deals.exhibitor')}>
        {(input) => (
          <select {...input} data-testid="deal-counterpart">
            {options.map((o) => (
              <option key={o.key} value={o.key}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name="value"
        label={t('matching.deals.value')}
        hint={amount > 0 ? formatRupiah(amount) : undefined}
      >
        {(input) => <input {...input} inputMode="numeric" data-testid="deal-value" />}
      </Field>
      <Field name="status" label={t('matching.deals.stage')}>
        {(input) => (
          <select {...input} data-testid="deal-status">
            {DEAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`matching.deals.status.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="note" label={t('matching.deals.note')}>
        {(input) => <textarea {...input} rows={2} maxLength={1000} />}
      </Field>
      <FormError />
      <SubmitButton className="button button--primary" testId="deal-save">
        {t('matching.deals.save')}
      </SubmitButton>
    </Form>
  );
}
