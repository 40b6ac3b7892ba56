import { LEAD_KINDS, type LeadKind, type LeadsSummary } from '@pameran/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncContent } from '../../components/AsyncContent';
import { useLanguage } from '../../i18n';
import { saveBlob } from '../../lib/download';
import { formatCount, formatRupiahShort } from '../../lib/format';
import { backofficeApi } from './backofficeApi';
import { backofficeQueries } from './backofficeQueries';
import { RequireBooth } from './RequireBooth';
import { useFairTime } from '../fair/useFairTime';

function Summary({ summary }: { summary: LeadsSummary }) {
  const { t } = useTranslation();
  const { zone: fairZone } = useFairTime();
  const { lang } = useLanguage();
  const max = Math.max(1, ...summary.perDay.map((d) => d.visits));
  return (
    <>
      <div className="bo-stats" data-testid="leads-totals">
        {(['visits', 'uniqueVisitors', 'chats', 'whatsapp', 'meetings'] as const).map((k) => (
          <div key={k} className="card bo-stat">
            <strong>{formatCount(summary.totals[k], lang)}</strong>
            <span className="muted">{t(`backoffice.leads.totals.${k}`)}</span>
          </div>
        ))}
        <div className="card bo-stat" data-testid="leads-deals">
          <strong>{formatRupiahShort(summary.totals.dealValue, lang)}</strong>
          <span className="muted">{t('backoffice.leads.totals.deals', { count: summary.totals.deals })}</span>
        </div>
      </div>
      {summary.perDay.length > 0 && (
        <figure className="card bo-chart">
          <figcaption>{t('backoffice.leads.perDay', { zone: fairZone })}</figcaption>
          {summary.perDay.map((d) => (
            <div key={d.date} className="bo-chart__row">
              <span>{d.date.slice(5)}</span>
              <span className="bo-chart__bar" style={{ width: `${(d.visits / max) * 100}%` }} />
              <span>{d.visits}</span>
            </div>
          ))}
        </figure>
      )}
    </>
  );
}

function Leads({ boothId }: { boothId: string }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<LeadKind | undefined>();
  const summary = useQuery(backofficeQueries.leadsSummary(boothId));
  const list = useQuery(backofficeQueries.leads(boothId, kind));
  const time = useFairTime();
  return (
    <>
      <AsyncContent result={summary}>{(s) => <Summary summary={s} />}</AsyncContent>
      <p className="muted">{t('backoffice.leads.matchingLater')}</p>
      <div className="bo-actions">
        <select
          value={kind ?? ''}
          onChange={(e) => setKind((e.target.value || undefined) as LeadKind | undefined)}
          aria-label={t('backoffice.leads.filter')}
        >
          <option value="">{t('backoffice.leads.all')}</option>
          {LEAD_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`backoffice.leads.kinds.${k}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--secondary"
          data-testid="leads-csv"
          onClick={() => void backofficeApi.leadsCsv(boothId).then((b) => saveBlob(b, 'leads.csv'))}
        >
          {t('backoffice.leads.csv')}
        </button>
      </div>
      <AsyncContent result={list} empty={t('backoffice.leads.none')} isEmpty={(l) => l.items.length === 0}>
        {(l) => (
          <ul className="bo-list" data-testid="leads-list">
            {l.items.map((i) => (
              <li key={i.id}>
                <span>
                  <span className="tag">{t(`backoffice.leads.kinds.${i.kind}`)}</span>{' '}
                  {i.visitor ? (
                    <strong>
                      {i.visitor.name}
                      {i.visitor.company ? ` · ${i.visitor.company}` : ''}
                      {i.visitor.country ? ` (${i.visitor.country})` : ''}
                    </strong>
                  ) : (
                    <span className="muted">{t('backoffice.leads.anonymous')}</span>
                  )}
                  {i.productName && <span> — {i.productName}</span>}
                  {i.score !== null && (
                    <span className="tag" data-testid="lead-score">
                      {' '}
                      {t('onsite.lead.score', { score: i.score })}
                    </span>
                  )}
                  {i.note && (
                    <span className="bo-lead__note" data-testid="lead-note">
                      {i.note}
                    </span>
                  )}
                </span>
                <span className="muted">{time.dateTime(i.at)}</span>
              </li>
            ))}
          </ul>
        )}
      </AsyncContent>
    </>
  );
}

/** Who came to the booth: visits over time, consenting visitors, chats, WhatsApp taps; CSV export. */
export function LeadsPage() {
  const { t } = useTranslation();
  return (
    <RequireBooth title={t('backoffice.leads.title')}>{(me) => <Leads boothId={me.boothId} />}</RequireBooth>
  );
}
