import { CreateMeetingRequest, type BoothDetail, type MeetingMode } from '@pameran/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { Field } from '../../components/Field';
import { useLanguage } from '../../i18n';
import { fairApi } from '../../lib/endpoints';
import { meetingsApi, newIdempotencyKey } from '../../lib/matchingApi';
import { useAsync } from '../../lib/useAsync';
import { useSession } from '../../stores/session';
import { useFormSubmit } from '../entry/useFormSubmit';
import { SlotPicker } from './SlotPicker';

/** The booth to ask: `?booth=<id>`, or `?exhibitor=<id>` (looked up among the fair's booths). */
async function loadBooth(params: URLSearchParams, signal: AbortSignal): Promise<BoothDetail> {
  const boothId =
    params.get('booth') ??
    (await fairApi.booths({}, signal)).items.find((b) => b.exhibitorId === params.get('exhibitor'))?.id;
  if (!boothId) throw new Error('booth not found');
  return fairApi.booth(boothId, signal);
}

/** A buyer asks an exhibitor for a business meeting: message, products of interest, preferred slots, colleagues. */
export function RequestMeetingPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const user = useSession((s) => s.user);
  const booth = useAsync(user?.role === 'buyer' ? `booth:${params.toString()}` : null, (signal) =>
    loadBooth(params, signal),
  );
  if (!user || user.isGuest)
    return <Navigate to={`/login?next=${encodeURIComponent(`/meetings/new?${params}`)}`} replace />;
  if (user.role !== 'buyer') return <p className="notice notice--error">{t('matching.new.buyersOnly')}</p>;
  return (
    <div className="matching" data-testid="request-meeting-page">
      <AsyncContent result={booth}>{(b) => <RequestForm booth={b} />}</AsyncContent>
    </div>
  );
}

function RequestForm({ booth }: { booth: BoothDetail }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const navigate = useNavigate();
  const slots = useAsync(`slots:${booth.exhibitorId}`, (signal) =>
    meetingsApi.slotsWith(booth.exhibitorId, signal),
  );
  const [message, setMessage] = useState('');
  const [mode, setMode] = useState<MeetingMode>('online');
  const [preferred, setPreferred] = useState<string[]>([]);
  const [products, setProducts] = useState<string[]>([]);
  const [colleagues, setColleagues] = useState('');
  // One key per intent: a retry after a network failure is recognised by the server as the same request.
  const [key] = useState(newIdempotencyKey);
  const { errors, formError, submitting, submit } = useFormSubmit(CreateMeetingRequest, async (body) => {
    await meetingsApi.createRequest(body, key);
    void navigate('/meetings', { state: { tab: 'requests' } });
  });

  const preferredSlots = (slots.data ?? [])
    .filter((s) => preferred.includes(s.start))
    .map(({ start, end }) => ({ start, end }));
  return (
    <form
      className="card form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const attendeeEmails = colleagues.split(/[\s,;]+/).filter(Boolean);
        void submit({
          exhibitorId: booth.exhibitorId,
          message,
          mode,
          preferredSlots,
          productIds: products,
          attendeeEmails,
        });
      }}
    >
      <h1>{t('matching.new.title', { name: booth.name })}</h1>
      <Field label={t('matching.new.message')} error={errors.message}>
        {(a) => (
          <textarea
            {...a}
            rows={3}
            maxLength={1000}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
            data-testid="request-message"
          />
        )}
      </Field>
      <fieldset className="form__choices">
        <legend>{t('matching.new.mode')}</legend>
        {(['online', 'onsite'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} />{' '}
            {t(`matching.mode.${m}`)}
          </label>
        ))}
      </fieldset>
      {booth.products.length > 0 && (
        <fieldset className="form__choices">
          <legend>{t('matching.new.products')}</legend>
          {booth.products.map((p) => (
            <label key={p.id}>
              <input
                type="checkbox"
                checked={products.includes(p.id)}
                onChange={() =>
                  setProducts(
                    products.includes(p.id) ? products.filter((x) => x !== p.id) : [...products, p.id],
                  )
                }
              />{' '}
              {pick(p.name)}
            </label>
          ))}
        </fieldset>
      )}
      <h2>{t('matching.new.preferred')}</h2>
      <p className="muted">{t('matching.new.preferredHint')}</p>
      <AsyncContent result={slots}>
        {(options) => (
          <SlotPicker
            name="preferred"
            multiple
            max={3}
            slots={options}
            selected={preferred}
            onChange={setPreferred}
          />
        )}
      </AsyncContent>
      {errors.preferredSlots && <p className="field__error">{errors.preferredSlots}</p>}
      <Field
        label={t('matching.new.colleagues')}
        hint={t('matching.new.colleaguesHint')}
        error={errors.attendeeEmails}
      >
        {(a) => (
          <input {...a} type="text" value={colleagues} onChange={(e) => setColleagues(e.target.value)} />
        )}
      </Field>
      {formError && (
        <p className="notice notice--error" role="alert">
          {formError}
        </p>
      )}
      <button
        type="submit"
        className="button button--primary button--wide"
        disabled={submitting}
        data-testid="request-send"
      >
        {t('matching.new.send')}
      </button>
    </form>
  );
}
