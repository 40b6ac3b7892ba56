import { CampaignSegment, type CampaignDraft, type CampaignPreview } from '@pameran/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncContent } from '../../components/AsyncContent';
import { errorMessage } from '../../lib/errors';
import '../../styles/mail.css';
import { useFairSlug } from '../fair/useFairSlug';
import { campaignApi } from './mailApi';

const EMPTY: CampaignDraft = {
  segment: 'buyers_without_meetings',
  subject: { id: '', en: '' },
  text: { id: '', en: '' },
  perMinute: 60,
};

/**
 * `/organiser/campaigns`: compose a mail in both languages to a segment, preview its reach and how it reads,
 * send a test to oneself, then send (throttled); the counts of each campaign update live. Below, the
 * addresses that refused mail for good, each with a way to lift it.
 */
export function CampaignPage() {
  const slug = useFairSlug();
  const { t } = useTranslation();
  const [draft, setDraft] = useState<CampaignDraft>(EMPTY);
  const [preview, setPreview] = useState<CampaignPreview | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const client = useQueryClient();
  const campaigns = useQuery({
    queryKey: ['mail', 'campaigns'],
    queryFn: ({ signal }) => campaignApi.list(slug, signal),
    // Live counts while anything is still queued.
    refetchInterval: (q) => (q.state.data?.some((c) => c.counts.queued > 0) ? 2000 : false),
  });
  const ready = draft.subject.id && draft.subject.en && draft.text.id && draft.text.en;

  async function run(action: 'preview' | 'test' | 'send') {
    setNote(null);
    try {
      if (action === 'preview') setPreview(await campaignApi.preview(slug, draft));
      if (action === 'test') {
        await campaignApi.test(slug, draft);
        setNote(t('mail.campaign.testSent'));
      }
      if (action === 'send' && globalThis.confirm(t('mail.campaign.confirm'))) {
        await campaignApi.send(slug, draft);
        setNote(t('mail.campaign.sent'));
        setDraft(EMPTY);
        setPreview(null);
        await client.invalidateQueries({ queryKey: ['mail', 'campaigns'] });
      }
    } catch (e) {
      setNote(errorMessage(e, t));
    }
  }

  const field = (part: 'subject' | 'text', lang: 'id' | 'en') => ({
    value: draft[part][lang],
    onChange: (e: { target: { value: string } }) =>
      setDraft((d) => ({ ...d, [part]: { ...d[part], [lang]: e.target.value } })),
    'aria-label': t(`mail.campaign.${part}.${lang}`),
    'data-testid': `campaign-${part}-${lang}`,
  });

  return (
    <div className="console-campaigns" data-testid="console-campaigns">
      <h1>{t('mail.campaign.title')}</h1>
      <section className="card form">
        <label>
          {t('mail.campaign.segment')}
          <select
            value={draft.segment}
            onChange={(e) => setDraft((d) => ({ ...d, segment: e.target.value as CampaignSegment }))}
            data-testid="campaign-segment"
          >
            {CampaignSegment.options.map((s) => (
              <option key={s} value={s}>
                {t(`mail.campaign.segments.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="campaign__langs">
          {(['id', 'en'] as const).map((lang) => (
            <fieldset key={lang}>
              <legend>{t(`mail.campaign.lang.${lang}`)}</legend>
              <label>
                {t('mail.campaign.subjectLabel')}
                <input {...field('subject', lang)} maxLength={200} />
              </label>
              <label>
                {t('mail.campaign.textLabel')}
                <textarea {...field('text', lang)} rows={5} maxLength={5000} />
              </label>
            </fieldset>
          ))}
        </div>
        <label>
          {t('mail.campaign.perMinute')}
          <input
            type="number"
            min={1}
            max={1000}
            value={draft.perMinute}
            onChange={(e) => setDraft((d) => ({ ...d, perMinute: Math.max(1, Number(e.target.value) || 1) }))}
            data-testid="campaign-per-minute"
          />
        </label>
        <div className="form__actions">
          <button
            type="button"
            className="button"
            disabled={!ready}
            onClick={() => void run('preview')}
            data-testid="campaign-preview"
          >
            {t('mail.campaign.preview')}
          </button>
          <button
            type="button"
            className="button"
            disabled={!ready}
            onClick={() => void run('test')}
            data-testid="campaign-test"
          >
            {t('mail.campaign.test')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!ready || !preview}
            onClick={() => void run('send')}
            data-testid="campaign-send"
          >
            {t('mail.campaign.send')}
          </button>
        </div>
        {note ? <p role="status">{note}</p> : null}
        {preview ? (
          <div className="campaign__preview" data-testid="campaign-preview-result">
            <p>
              <strong>{t('mail.campaign.reach', { count: preview.count })}</strong>
            </p>
            {/* Both languages: each recipient reads the one their account uses. */}
            {(['id', 'en'] as const).map((lang) => (
              <figure key={lang} className="campaign__figure" lang={lang}>
                <figcaption>{t(`mail.campaign.lang.${lang}`)}</figcaption>
                <pre className="campaign__sample" data-testid={`campaign-sample-${lang}`}>
                  {`${preview.sample[lang].subject}\n\n${preview.sample[lang].text}`}
                </pre>
              </figure>
            ))}
          </div>
        ) : null}
      </section>
      <section className="card">
        <h2>{t('mail.campaign.history')}</h2>
        <AsyncContent result={campaigns} isEmpty={(d) => d.length === 0} empty={t('mail.campaign.none')}>
          {(list) => (
            <table className="table" data-testid="campaign-list">
              <thead>
                <tr>
                  <th>{t('mail.campaign.subjectLabel')}</th>
                  <th>{t('mail.campaign.segment')}</th>
                  {(['queued', 'sent', 'failed', 'suppressed'] as const).map((k) => (
                    <th key={k}>{t(`mail.campaign.counts.${k}`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {list.map((c) => (
                  <tr key={c.id}>
                    <td>{c.subject.id}</td>
                    <td>{t(`mail.campaign.segments.${c.segment}`)}</td>
                    <td>{c.counts.queued}</td>
                    <td>{c.counts.sent}</td>
                    <td>{c.counts.failed}</td>
                    <td>{c.counts.suppressed}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </AsyncContent>
      </section>
      <Suppressed />
    </div>
  );
}

/** Addresses that refused mail for good; lifting one lets mail go to it again. */
function Suppressed() {
  const slug = useFairSlug();
  const { t } = useTranslation();
  const client = useQueryClient();
  const list = useQuery({
    queryKey: ['mail', 'suppressions'],
    queryFn: ({ signal }) => campaignApi.suppressions(slug, signal),
  });
  async function lift(address: string) {
    await campaignApi.lift(slug, address);
    await client.invalidateQueries({ queryKey: ['mail', 'suppressions'] });
  }
  return (
    <section className="card">
      <h2>{t('mail.suppressed.title')}</h2>
      <AsyncContent result={list} isEmpty={(d) => d.length === 0} empty={t('mail.suppressed.none')}>
        {(items) => (
          <ul data-testid="suppressed-list">
            {items.map((s) => (
              <li key={s.address}>
                <strong>{s.address}</strong> <span className="muted">{s.reason}</span>{' '}
                <button type="button" className="button button--small" onClick={() => void lift(s.address)}>
                  {t('mail.suppressed.lift')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </AsyncContent>
    </section>
  );
}
