import { CreateBuyerMeetingRequest, type BuyerCard, type MeetingMode } from '@pameran/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import '../../styles/directory.css';
import { Form, FormError, SubmitButton } from '../../components/form/Form';
import { fieldsFor } from '../../components/form/FormField';
import { useContractForm } from '../../components/form/useContractForm';
import { meetingsApi, newIdempotencyKey } from '../../lib/matchingApi';
import { useAsync } from '../../lib/useAsync';
import { RequireBooth } from '../exhibitor/RequireBooth';
import { useLanguage } from '../../i18n';
import { backofficeQueries } from '../exhibitor/backofficeQueries';
import { PreferredSlots, ProductChoices } from '../matching/RequestMeetingPage';
import { BuyerCardView } from './BuyerCardView';
import { directoryApi } from './directoryApi';
import { useFairPath, useFairSlug } from '../fair/useFairSlug';

/** One listed buyer (`/exhibitor/buyers/:userId`, where suggestions link too) and "Request a meeting". */
export function BuyerPage() {
  const slug = useFairSlug();
  const { t } = useTranslation();
  const at = useFairPath();
  const { userId = '' } = useParams();
  const buyer = useAsync(`buyer:${userId}`, (signal) => directoryApi.buyer(slug, userId, signal));
  return (
    <RequireBooth title={t('directory.title')}>
      {(me) => (
        <div className="directory" data-testid="buyer-page">
          <Link to={at('/exhibitor/buyers')}>← {t('directory.back')}</Link>
          <AsyncContent result={buyer}>
            {(b) => (
              <>
                <section className="card buyer-card">
                  <BuyerCardView buyer={b} />
                </section>
                <RequestForm buyer={b} exhibitorId={me.exhibitorId} boothId={me.boothId} />
              </>
            )}
          </AsyncContent>
        </div>
      )}
    </RequireBooth>
  );
}

interface RequestValues {
  message: string;
  mode: MeetingMode;
  productIds: string[];
  preferredSlots: string[];
}

const { Field } = fieldsFor<RequestValues>();

function RequestForm(props: { buyer: BuyerCard; exhibitorId: string; boothId: string | null }) {
  const slug = useFairSlug();
  const { buyer, exhibitorId, boothId } = props;
  const { t } = useTranslation();
  const { pick } = useLanguage();
  // The exhibitor's own products that visitors can see: the meeting may be about some of them.
  const products = useQuery({ ...backofficeQueries.products(boothId ?? ''), enabled: !!boothId });
  const shown = (products.data ?? []).filter((p) => !p.hidden);
  const [sent, setSent] = useState(false);
  const slots = useAsync(`slots:${exhibitorId}`, (signal) => meetingsApi.slotsWith(exhibitorId, signal));
  // One key per intent: a retry after a network failure is recognised by the server as the same request.
  const [key] = useState(newIdempotencyKey);
  const kit = useContractForm<RequestValues, typeof CreateBuyerMeetingRequest>({
    schema: CreateBuyerMeetingRequest,
    defaultValues: { message: '', mode: 'online', productIds: [], preferredSlots: [] },
    toRequest: (v) => ({
      message: v.message,
      mode: v.mode,
      productIds: v.productIds,
      preferredSlots: (slots.data ?? [])
        .filter((s) => v.preferredSlots.includes(s.start))
        .map(({ start, end }) => ({ start, end })),
    }),
    send: async (request) => {
      await directoryApi.request(slug, buyer.id, request, key);
      setSent(true);
    },
  });
  if (sent)
    return (
      <p className="notice" data-testid="directory-request-sent">
        {t('directory.request.sent')}
      </p>
    );
  return (
    <Form kit={kit} className="card form">
      <h2>{t('directory.request.title')}</h2>
      <Field name="message" label={t('directory.request.message')}>
        {(input) => <textarea {...input} rows={3} maxLength={1000} data-testid="directory-request-message" />}
      </Field>
      <fieldset className="form__choices">
        <legend>{t('directory.request.mode')}</legend>
        {(['online', 'onsite'] as const).map((m) => (
          <label key={m}>
            <input type="radio" value={m} {...kit.form.register('mode')} /> {t(`matching.mode.${m}`)}
          </label>
        ))}
      </fieldset>
      {shown.length > 0 && <ProductChoices products={shown.map((p) => ({ id: p.id, name: pick(p.name) }))} />}
      <h3>{t('directory.request.preferred')}</h3>
      <AsyncContent result={slots}>{(options) => <PreferredSlots slots={options} />}</AsyncContent>
      <FormError />
      <SubmitButton testId="directory-request-send">{t('directory.request.send')}</SubmitButton>
    </Form>
  );
}
