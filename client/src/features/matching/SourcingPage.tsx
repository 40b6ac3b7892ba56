import { CATEGORIES, SourcingInput, type Category, type SourcingRequest } from '@pameran/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { Form, FormError, SubmitButton } from '../../components/form/Form';
import { fieldsFor } from '../../components/form/FormField';
import { useContractForm } from '../../components/form/useContractForm';
import { formatRupiah } from '../../lib/format';
import { sourcingApi } from '../../lib/matchingApi';
import { useAsync } from '../../lib/useAsync';
import { useSession } from '../../stores/session';
import { ActionError, useAction } from './useAction';
import { partyName } from './partyName';
import { useFairPath, useFairSlug } from '../fair/useFairSlug';
import { useFairRights } from '../fair/fairRights';

/** Sourcing requests: buyers post what they need; exhibitors of that category see them and answer. */
export function SourcingPage() {
  const { t } = useTranslation();
  const at = useFairPath();
  const slug = useFairSlug();
  const user = useSession((s) => s.user);
  const { exhibitorId } = useFairRights();
  const [version, setVersion] = useState(0);
  const list = useAsync(user ? `sourcing:${version}` : null, (signal) => sourcingApi.list(slug, signal));
  if (!user || user.isGuest)
    return <Navigate to={`/login?next=${encodeURIComponent(at('/sourcing'))}`} replace />;
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
              <SourcingCard key={s.id} request={s} canAnswer={Boolean(exhibitorId)} onChange={refresh} />
            ))}
          </div>
        )}
      </AsyncContent>
    </div>
  );
}

/** The request as typed: numbers are text until sent (a price may be written "25.000"). */
interface SourcingValues {
  title: string;
  category: Category;
  quantity: string;
  unit: string;
  halal: boolean;
  exportReady: boolean;
  requirements: string;
  targetPrice: string;
  destinationCountry: string;
}

const { Field, Input } = fieldsFor<SourcingValues>();

function SourcingForm({ onPosted }: { onPosted(): void }) {
  const { t } = useTranslation();
  const slug = useFairSlug();
  const kit = useContractForm<SourcingValues, typeof SourcingInput>({
    schema: SourcingInput,
    defaultValues: {
      title: '',
      category: 'makanan',
      quantity: '',
      unit: 'kg',
      halal: true,
      exportReady: false,
      requirements: '',
      targetPrice: '',
      destinationCountry: '',
    },
    toRequest: (v) => ({
      ...v,
      quantity: Number(v.quantity),
      targetPrice: v.targetPrice ? Number(v.targetPrice.replace(/\D/g, '')) : null,
      destinationCountry: v.destinationCountry.toUpperCase(),
    }),
    send: async (request) => {
      await sourcingApi.post(slug, request);
      onPosted();
    },
  });
  const { register } = kit.form;
  return (
    <Form kit={kit} className="card form" data-testid="sourcing-form">
      <h2>{t('matching.sourcing.post')}</h2>
      <Input name="title" label={t('matching.sourcing.what')} placeholder={t('matching.sourcing.example')} />
      <div className="form__row">
        <Field name="category" label={t('matching.sourcing.category')}>
          {(input) => (
            <select {...input}>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`categories.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Input name="quantity" label={t('matching.sourcing.quantity')} inputMode="decimal" />
        <Input name="unit" label={t('matching.sourcing.unit')} />
      </div>
      <div className="form__row">
        <Input name="targetPrice" label={t('matching.sourcing.targetPrice')} inputMode="numeric" />
        <Input
          name="destinationCountry"
          label={t('matching.sourcing.country')}
          maxLength={2}
          placeholder="JP"
        />
      </div>
      <fieldset className="form__choices">
        <label>
          <input type="checkbox" {...register('halal')} /> {t('matching.sourcing.halal')}
        </label>
        <label>
          <input type="checkbox" {...register('exportReady')} /> {t('matching.sourcing.exportReady')}
        </label>
      </fieldset>
      <Field name="requirements" label={t('matching.sourcing.requirements')}>
        {(input) => <textarea {...input} rows={2} />}
      </Field>
      <FormError />
      <SubmitButton className="button button--primary">{t('matching.sourcing.postButton')}</SubmitButton>
    </Form>
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
        {t('matching.sourcing.by', { name: request.buyer.company ?? partyName(request.buyer, t) })}
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
