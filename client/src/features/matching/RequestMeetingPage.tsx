import {
  CreateMeetingRequest,
  type BoothDetail,
  type MeetingMode,
  type SlotOption,
} from '@pameran/contracts';
import { useState } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { Form, FormError, SubmitButton } from '../../components/form/Form';
import { fieldsFor, useFieldError } from '../../components/form/FormField';
import { useContractForm } from '../../components/form/useContractForm';
import { useLanguage } from '../../i18n';
import { fairApi } from '../../lib/endpoints';
import { meetingsApi, newIdempotencyKey } from '../../lib/matchingApi';
import { useAsync } from '../../lib/useAsync';
import { useSession } from '../../stores/session';
import { SlotPicker } from './SlotPicker';
import { useFairPath, useFairSlug } from '../fair/useFairSlug';

/** The booth to ask: `?booth=<id>`, or `?exhibitor=<id>` (looked up among the fair's booths). */
async function loadBooth(slug: string, params: URLSearchParams, signal: AbortSignal): Promise<BoothDetail> {
  const boothId =
    params.get('booth') ??
    (await fairApi.booths(slug, {}, signal)).items.find((b) => b.exhibitorId === params.get('exhibitor'))?.id;
  if (!boothId) throw new Error('booth not found');
  return fairApi.booth(boothId, signal);
}

/** A buyer asks an exhibitor for a business meeting: message, products of interest, preferred slots, colleagues. */
export function RequestMeetingPage() {
  const { t } = useTranslation();
  const at = useFairPath();
  const slug = useFairSlug();
  const [params] = useSearchParams();
  const user = useSession((s) => s.user);
  const booth = useAsync(user?.role === 'buyer' ? `booth:${params.toString()}` : null, (signal) =>
    loadBooth(slug, params, signal),
  );
  if (!user || user.isGuest)
    return <Navigate to={`/login?next=${encodeURIComponent(at(`/meetings/new?${params}`))}`} replace />;
  if (user.role !== 'buyer') return <p className="notice notice--error">{t('matching.new.buyersOnly')}</p>;
  return (
    <div className="matching" data-testid="request-meeting-page">
      <AsyncContent result={booth}>{(b) => <RequestForm booth={b} />}</AsyncContent>
    </div>
  );
}

/** The request as typed: slots by their start, colleagues as one line of e-mails. */
interface RequestValues {
  message: string;
  mode: MeetingMode;
  productIds: string[];
  preferredSlots: string[];
  attendeeEmails: string;
}

const { Field } = fieldsFor<RequestValues>();

function RequestForm({ booth }: { booth: BoothDetail }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const navigate = useNavigate();
  const at = useFairPath();
  const slots = useAsync(`slots:${booth.exhibitorId}`, (signal) =>
    meetingsApi.slotsWith(booth.exhibitorId, signal),
  );
  // One key per intent: a retry after a network failure is recognised by the server as the same request.
  const [key] = useState(newIdempotencyKey);
  const kit = useContractForm<RequestValues, typeof CreateMeetingRequest>({
    schema: CreateMeetingRequest,
    defaultValues: { message: '', mode: 'online', productIds: [], preferredSlots: [], attendeeEmails: '' },
    toRequest: (v) => ({
      exhibitorId: booth.exhibitorId,
      message: v.message,
      mode: v.mode,
      preferredSlots: (slots.data ?? [])
        .filter((s) => v.preferredSlots.includes(s.start))
        .map(({ start, end }) => ({ start, end })),
      productIds: v.productIds,
      attendeeEmails: v.attendeeEmails.split(/[\s,;]+/).filter(Boolean),
    }),
    send: async (request) => {
      await meetingsApi.createRequest(request, key);
      void navigate(at('/meetings'), { state: { tab: 'requests' } });
    },
  });
  const { register } = kit.form;

  return (
    <Form kit={kit} className="card form">
      <h1>{t('matching.new.title', { name: booth.name })}</h1>
      <Field name="message" label={t('matching.new.message')}>
        {(input) => <textarea {...input} rows={3} maxLength={1000} data-testid="request-message" />}
      </Field>
      <fieldset className="form__choices">
        <legend>{t('matching.new.mode')}</legend>
        {(['online', 'onsite'] as const).map((m) => (
          <label key={m}>
            <input type="radio" value={m} {...register('mode')} /> {t(`matching.mode.${m}`)}
          </label>
        ))}
      </fieldset>
      {booth.products.length > 0 && (
        <ProductChoices products={booth.products.map((p) => ({ id: p.id, name: pick(p.name) }))} />
      )}
      <h2>{t('matching.new.preferred')}</h2>
      <p className="muted">{t('matching.new.preferredHint')}</p>
      <AsyncContent result={slots}>{(options) => <PreferredSlots slots={options} />}</AsyncContent>
      <Field
        name="attendeeEmails"
        label={t('matching.new.colleagues')}
        hint={t('matching.new.colleaguesHint')}
      >
        {(input) => <input {...input} type="text" />}
      </Field>
      <FormError />
      <SubmitButton testId="request-send">{t('matching.new.send')}</SubmitButton>
    </Form>
  );
}

/** The products the buyer is interested in, ticked on or off. */
/** Products the meeting is about (also the directory's request form). */
export function ProductChoices({ products }: { products: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const { field } = useController<RequestValues, 'productIds'>({ name: 'productIds' });
  const toggle = (id: string) =>
    field.onChange(field.value.includes(id) ? field.value.filter((x) => x !== id) : [...field.value, id]);
  return (
    <fieldset className="form__choices">
      <legend>{t('matching.new.products')}</legend>
      {products.map((p) => (
        <label key={p.id}>
          <input type="checkbox" checked={field.value.includes(p.id)} onChange={() => toggle(p.id)} />{' '}
          {p.name}
        </label>
      ))}
    </fieldset>
  );
}

/** Up to three preferred slots, and what is wrong with them (also the directory's request form). */
export function PreferredSlots({ slots }: { slots: SlotOption[] }) {
  const { field } = useController<RequestValues, 'preferredSlots'>({ name: 'preferredSlots' });
  const error = useFieldError<RequestValues>('preferredSlots');
  return (
    <>
      <SlotPicker
        name="preferred"
        multiple
        max={3}
        slots={slots}
        selected={field.value}
        onChange={field.onChange}
      />
      {error && <p className="field__error">{error}</p>}
    </>
  );
}
