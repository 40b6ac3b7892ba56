import { CATEGORIES, SourcingInput, type Category, type SourcingRequest } from '@pameran/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { Field } from '../../components/Field';
import { formatRupiah } from '../../lib/format';
import { sourcingApi } from '../../lib/matchingApi';
import { useAsync } from '../../lib/useAsync';
import { useSession } from '../../stores/session';
import { useFormSubmit } from '../entry/useFormSubmit';
import { ActionError, useAction } from './useAction';

/** Sourcing requests: buyers post what they need; exhibitors of that category see them and answer. */
export function SourcingPage() {
  const { t } = useTranslation();
  const user = useSession((s) => s.user);
  const [version, setVersion] = useState(0);
  const list = useAsync(user ? `sourcing:${version}` : null, (signal) => sourcingApi.list(signal));
  if (!user || user.isGuest) return <Navigate to="/login?next=/sourcing" replace />;
  const refresh = () => setVersion((v) => v + 1);
  return (
    <div className="matching" data-testid="sourcing-page">
      <h1>{t('matching.sourcing.title')}</h1>
      <p className="muted">
        {t(user.role === 'buyer' ? 'matching.sourcing.buyerHint' : 'matching.sourcing.exhibitorHint')}
      </p>
      {user.role === 'buyer' && <SourcingForm onPosted={refresh} />}
      <AsyncContent result={list} isEmpty={(l) => l.items.length === 0} empty={t('matching.sourcing.empty')}>
        {(l) => (
          <div className="matching__list">
            {l.items.map((s) => (
              <SourcingCard key={s.id} request={s} canAnswer={Boolean(user.exhibitorId)} onChange={refresh} />
            ))}
          </div>
        )}
      </AsyncContent>
    </div>
  );
}

function SourcingForm({ onPosted }: { onPosted(): void }) {
  const { t } = useTranslation();
  const [v, setV] = useState({
    title: '',
    category: 'makanan' as Category,
    quantity: '',
    unit: 'kg',
    halal: true,
    exportReady: false,
    requirements: '',
    targetPrice: '',
    destinationCountry: '',
  });
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });
  const { errors, formError, submitting, submit } = useFormSubmit(SourcingInput, async (body) => {
    await sourcingApi.post(body);
    onPosted();
  });
  return (
    <form
      className="card form"
      noValidate
      data-testid="sourcing-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit({
          ...v,
          quantity: Number(v.quantity),
          targetPrice: v.targetPrice ? Number(v.targetPrice.replace(/\D/g, '')) : null,
          destinationCountry: v.destinationCountry.toUpperCase(),
        });
      }}
    >
      <h2>{t('matching.sourcing.post')}</h2>
      <Field label={t('matching.sourcing.what')} error={errors.title}>
        {(a) => (
          <input
            {...a}
            value={v.title}
            onChange={(e) => set({ title: e.target.value })}
            placeholder={t('matching.sourcing.example')}
          />
        )}
      </Field>
      <div className="form__row">
        <Field label={t('matching.sourcing.category')} error={errors.category}>
          {(a) => (
            <select {...a} value={v.category} onChange={(e) => set({ category: e.target.value as Category })}>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`categories.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('matching.sourcing.quantity')} error={errors.quantity}>
          {(a) => (
            <input
              {...a}
              inputMode="decimal"
              value={v.quantity}
              onChange={(e) => set({ quantity: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('matching.sourcing.unit')} error={errors.unit}>
          {(a) => <input {...a} value={v.unit} onChange={(e) => set({ unit: e.target.value })} />}
        </Field>
      </div>
      <div className="form__row">
        <Field label={t('matching.sourcing.targetPrice')} error={errors.targetPrice}>
          {(a) => (
            <input
              {...a}
              inputMode="numeric"
              value={v.targetPrice}
              onChange={(e) => set({ targetPrice: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('matching.sourcing.country')} error={errors.destinationCountry}>
          {(a) => (
            <input
              {...a}
              maxLength={2}
              value={v.destinationCountry}
              onChange={(e) => set({ destinationCountry: e.target.value })}
              placeholder="JP"
            />
          )}
        </Field>
      </div>
      <fieldset className="form__choices">
        <label>
          <input type="checkbox" checked={v.halal} onChange={(e) => set({ halal: e.target.checked })} />{' '}
          {t('matching.sourcing.halal')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={v.exportReady}
            onChange={(e) => set({ exportReady: e.target.checked })}
          />{' '}
          {t('matching.sourcing.exportReady')}
        </label>
      </fieldset>
      <Field label={t('matching.sourcing.requirements')} error={errors.requirements}>
        {(a) => (
          <textarea
            {...a}
            rows={2}
            value={v.requirements}
            onChange={(e) => set({ requirements: e.target.value })}
          />
        )}
      </Field>
      {formError && <p className="notice notice--error">{formError}</p>}
      <button type="submit" className="button button--primary" disabled={submitting}>
        {t('matching.sourcing.postButton')}
      </button>
    </form>
  );
}

function SourcingCard({
  request,
  canAnswer,
  onChange,
}: {
  request: SourcingRequest;
  canAnswer: boolean;
  onChange(): void;
}) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState('');
  const { busy, error, run } = useAction(onChange);
  return (
    <article className="card" data-testid="sourcing-card">
      <h3>{request.title}</h3>
      <p className="muted">
        {t(`categories.${request.category}`)} · {request.quantity} {request.unit} ·{' '}
        {request.destinationCountry}
        {request.halal && ` · ${t('matching.sourcing.halal')}`}
        {request.exportReady && ` · ${t('matching.sourcing.exportReady')}`}
        {request.targetPrice !== null && ` · ${formatRupiah(request.targetPrice)}`}
      </p>
      {request.requirements && <p>{request.requirements}</p>}
      <p className="muted">
        {t('matching.sourcing.by', { name: request.buyer.company ?? request.buyer.name })}
      </p>
      {request.responses.length > 0 && (
        <ul className="sourcing__responses">
          {request.responses.map((r) => (
            <li key={r.id}>
              <strong>{r.exhibitor.name}</strong>: {r.message}
            </li>
          ))}
        </ul>
      )}
      {canAnswer && request.status === 'open' && (
        <div className="request-actions__decline">
          <label>
            {t('matching.sourcing.answer')}
            <textarea rows={2} value={answer} onChange={(e) => setAnswer(e.target.value)} />
          </label>
          <button
            type="button"
            className="button button--primary button--small"
            disabled={busy || answer.trim().length < 3}
            onClick={() =>
              void run(() => sourcingApi.respond(request.id, { message: answer, productIds: [] }))
            }
          >
            {t('matching.sourcing.send')}
          </button>
        </div>
      )}
      <ActionError error={error} />
    </article>
  );
}
