import { DealRejection, DealValueRange, type DealQueue, type DealToVerify } from '@pameran/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AsyncContent } from '../../components/AsyncContent';
import { Form, FormError, SubmitButton } from '../../components/form/Form';
import { fieldsFor } from '../../components/form/FormField';
import { useContractForm } from '../../components/form/useContractForm';
import { errorMessage } from '../../lib/errors';
import { formatRupiah } from '../../lib/format';
import { consoleApi } from './consoleApi';
import { useDealDecision } from './consoleMutations';
import { consoleKeys, consoleQueries } from './consoleQueries';
import { useFairSlug } from '../fair/useFairSlug';

const rupiah = (text: string) => Number(text.replace(/\D/g, ''));

/**
 * `/organiser/deals`: the fair's plausible value range, claimed against verified totals, and the queue of
 * confirmed deals the automatic rule did not verify (verify, or reject with a reason).
 */
export function DealsVerificationPage() {
  const { t } = useTranslation();
  const slug = useFairSlug();
  const queue = useQuery(consoleQueries.deals(slug));
  return (
    <div className="console-deals-verification" data-testid="console-deals-verification">
      <h1>{t('console.verification.title')}</h1>
      <p className="muted">{t('console.verification.rule')}</p>
      <AsyncContent result={queue}>
        {(q) => (
          <>
            <Totals q={q} />
            <RangeForm range={q.range} />
            <section className="card">
              <h2>{t('console.verification.queue', { count: q.items.length })}</h2>
              {q.items.length === 0 ? (
                <p className="notice notice--empty">{t('console.verification.empty')}</p>
              ) : (
                <ul className="deal-queue" data-testid="deal-queue">
                  {q.items.map((d) => (
                    <QueueItem key={d.id} deal={d} />
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </AsyncContent>
    </div>
  );
}

function Totals({ q }: { q: DealQueue }) {
  const { t } = useTranslation();
  return (
    <div className="figures">
      <div className="figure card">
        <span className="figure__label">{t('console.verification.claimed')}</span>
        <strong className="figure__value" data-testid="deals-claimed">
          {formatRupiah(q.claimed.total)}
        </strong>
        <span className="muted">{t('console.verification.count', { count: q.claimed.count })}</span>
      </div>
      <div className="figure card">
        <span className="figure__label">{t('console.verification.verified')}</span>
        <strong className="figure__value" data-testid="deals-verified">
          {formatRupiah(q.verified.total)}
        </strong>
        <span className="muted">{t('console.verification.count', { count: q.verified.count })}</span>
      </div>
    </div>
  );
}

interface RangeValues {
  min: string;
  max: string;
}
const Range = fieldsFor<RangeValues>();

function RangeForm({ range }: { range: DealValueRange }) {
  const { t } = useTranslation();
  const slug = useFairSlug();
  const queryClient = useQueryClient();
  const kit = useContractForm<RangeValues, typeof DealValueRange>({
    schema: DealValueRange,
    defaultValues: { min: String(range.min), max: String(range.max) },
    toRequest: (v) => ({ min: rupiah(v.min), max: rupiah(v.max) }),
    send: async (request) => {
      await consoleApi.setDealRange(slug, request);
      await queryClient.invalidateQueries({ queryKey: consoleKeys.deals() });
    },
  });
  return (
    <Form kit={kit} className="card form" data-testid="deal-range-form">
      <h2>{t('console.verification.range')}</h2>
      <Range.Field name="min" label={t('console.verification.min')}>
        {(input) => <input {...input} inputMode="numeric" data-testid="deal-range-min" />}
      </Range.Field>
      <Range.Field name="max" label={t('console.verification.max')}>
        {(input) => <input {...input} inputMode="numeric" data-testid="deal-range-max" />}
      </Range.Field>
      <FormError />
      <SubmitButton className="button button--secondary" testId="deal-range-save">
        {t('console.verification.saveRange')}
      </SubmitButton>
    </Form>
  );
}

const Reason = fieldsFor<{ reason: string }>();

function QueueItem({ deal }: { deal: DealToVerify }) {
  const { t } = useTranslation();
  const decide = useDealDecision();
  const kit = useContractForm<{ reason: string }, typeof DealRejection>({
    schema: DealRejection,
    defaultValues: { reason: '' },
    toRequest: (v) => v,
    send: async ({ reason }) => {
      await decide.mutateAsync({ id: deal.id, verify: false, reason });
    },
  });
  const why = [
    deal.meetingStatus === 'held' ? null : t('console.verification.noHeldMeeting'),
    deal.inRange ? null : t('console.verification.outOfRange'),
  ].filter(Boolean);
  return (
    <li className="card deal" data-testid="deal-to-verify" data-deal-id={deal.id}>
      <div className="request__head">
        <h3>
          {deal.exhibitor.name} · {deal.buyer.name}
          {deal.buyer.company ? ` (${deal.buyer.company})` : ''}
        </h3>
        <strong>{formatRupiah(deal.value)}</strong>
      </div>
      <p className="muted">{why.join(' · ')}</p>
      {deal.note && <p>{deal.note}</p>}
      {decide.isError && (
        <p className="notice notice--error" role="alert">
          {errorMessage(decide.error, t)}
        </p>
      )}
      <button
        type="button"
        className="button button--primary button--small"
        disabled={decide.isPending}
        data-testid="deal-verify"
        onClick={() => decide.mutate({ id: deal.id, verify: true })}
      >
        {t('console.verification.verify')}
      </button>
      <Form kit={kit} className="form form--inline">
        <Reason.Field name="reason" label={t('console.verification.reason')}>
          {(input) => <input {...input} maxLength={500} data-testid="deal-reject-reason" />}
        </Reason.Field>
        <FormError />
        <SubmitButton className="button button--secondary button--small" testId="deal-reject">
          {t('console.verification.reject')}
        </SubmitButton>
      </Form>
    </li>
  );
}
