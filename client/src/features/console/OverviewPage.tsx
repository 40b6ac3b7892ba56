import {
  CATEGORY_COLOURS,
  MEETING_STATUSES,
  regionLabel,
  type Category,
  type Dashboard,
  type RankedBooth,
} from '@pameran/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncContent } from '../../components/AsyncContent';
import { useLanguage } from '../../i18n';
import { formatCount, formatRupiah, formatRupiahShort } from '../../lib/format';
import { ConsoleFunnel } from '../outcomes/FunnelSections';
import { BarList } from './charts';
import { consoleQueries } from './consoleQueries';
import { HeatMap } from './HeatMap';
import { useDashboard } from './useDashboard';
import { VisitCharts } from './VisitCharts';
import { useFairSlug } from '../fair/useFairSlug';

/** `/organiser`: the live dashboard. */
export function OverviewPage() {
  const { t } = useTranslation();
  const { dashboard, live } = useDashboard();
  return (
    <div className="console-overview" data-testid="console-overview">
      <header className="console-section__head">
        <h1>{t('console.overview.title')}</h1>
        <span className={`live-dot${live ? ' live-dot--on' : ''}`} data-testid="console-live">
          {live ? t('console.overview.live') : t('console.overview.offline')}
        </span>
      </header>
      <AsyncContent result={dashboard}>
        {(d) => (
          <>
            <Figures d={d} />
            <Busiest d={d} />
            <VisitCharts />
            <Deals d={d} />
          </>
        )}
      </AsyncContent>
      <ConsoleFunnel />
    </div>
  );
}

function Figure({
  label,
  value,
  testId,
  sub,
}: {
  label: string;
  value: string;
  testId: string;
  sub?: string;
}) {
  return (
    <div className="figure card">
      <span className="figure__label">{label}</span>
      <strong className="figure__value" data-testid={testId}>
        {value}
      </strong>
      {sub && <span className="figure__sub muted">{sub}</span>}
    </div>
  );
}

function Figures({ d }: { d: Dashboard }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const n = (v: number) => formatCount(v, lang);
  return (
    <section className="console-figures" aria-label={t('console.overview.figures')}>
      <div className="figure figure--headline card">
        <span className="figure__label">{t('console.figures.dealsTotal')}</span>
        <strong className="figure__value" data-testid="console-deals-headline">
          {formatRupiahShort(d.deals.total, lang)}
        </strong>
        <span className="figure__sub muted">
          {t('console.figures.dealsCount', { count: d.deals.count, total: formatRupiah(d.deals.total) })}
        </span>
      </div>
      <Figure
        label={t('console.figures.dealsClaimed')}
        value={formatRupiahShort(d.deals.claimed.total, lang)}
        testId="console-deals-claimed"
        sub={t('console.figures.dealsAwaiting', { count: d.deals.awaiting })}
      />
      <Figure label={t('console.figures.online')} value={n(d.online)} testId="console-online" />
      <Figure label={t('console.figures.inBooths')} value={n(d.inBooths)} testId="console-in-booths" />
      <Figure
        label={t('console.figures.visits')}
        value={n(d.visits.total)}
        testId="console-visits"
        sub={t('console.figures.lastHour', { count: d.visits.lastHour })}
      />
      <Figure label={t('console.figures.uniques')} value={n(d.visits.uniques)} testId="console-uniques" />
      <Figure
        label={t('console.figures.chat')}
        value={n(d.chat.messages)}
        testId="console-chat"
        sub={t('console.figures.lastHour', { count: d.chat.lastHour })}
      />
      <Figure label={t('console.figures.whatsapp')} value={n(d.whatsappClicks)} testId="console-whatsapp" />
      <div className="figure card" data-testid="console-meetings">
        <span className="figure__label">{t('console.figures.meetings')}</span>
        <ul className="figure__list">
          {MEETING_STATUSES.map((s) => (
            <li key={s}>
              <span>{t(`console.meeting.${s}`)}</span> <strong>{n(d.meetings[s])}</strong>
            </li>
          ))}
        </ul>
      </div>
      <div className="figure card">
        <span className="figure__label">{t('console.figures.exhibitors')}</span>
        <ul className="figure__list">
          {(['applied', 'approved', 'rejected'] as const).map((s) => (
            <li key={s}>
              <span>{t(`console.status.${s}`)}</span> <strong>{n(d.exhibitors[s])}</strong>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

function Busiest({ d }: { d: Dashboard }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const [metric, setMetric] = useState<'liveVisitors' | 'visits'>('liveVisitors');
  const [selected, setSelected] = useState<RankedBooth | null>(null);
  // Every booth's visits (the dashboard has only the top ten); the dashboard push refreshes it.
  const all = useQuery(consoleQueries.ranking(useFairSlug()));
  const booths = all.data?.items.map((b) => ({
    ...b,
    liveVisitors: d.occupancy[b.boothId] ?? 0,
  }));
  const ranked = [...(booths ?? d.topBooths)]
    .sort((a, b) => b[metric] - a[metric] || b.visits - a.visits)
    .slice(0, 10);
  return (
    <section className="console-busiest">
      <div className="card">
        <header className="console-section__head">
          <h2>{t('console.overview.heatmap')}</h2>
          <div className="segmented" role="group">
            {(['liveVisitors', 'visits'] as const).map((m) => (
              <button key={m} type="button" aria-pressed={metric === m} onClick={() => setMetric(m)}>
                {t(`console.metric.${m}`)}
              </button>
            ))}
          </div>
        </header>
        <HeatMap booths={booths ?? d.topBooths} metric={metric} onSelect={setSelected} />
        {selected && (
          <p className="muted" data-testid="heatmap-selected">
            {selected.name} · {regionLabel(selected.region)} · {t('console.metric.visits')}{' '}
            {formatCount(selected.visits, lang)} · {t('console.metric.liveVisitors')} {selected.liveVisitors}
          </p>
        )}
      </div>
      <div className="card">
        <h2>{t('console.overview.ranked')}</h2>
        <ol className="ranked" data-testid="console-ranked">
          {ranked.map((b) => (
            <li key={b.boothId}>
              <span
                className="ranked__swatch"
                style={{ background: CATEGORY_COLOURS[b.category] }}
                aria-hidden="true"
              />
              <span className="ranked__name">{b.name}</span>
              <span className="ranked__value">
                {metric === 'liveVisitors'
                  ? t('console.overview.hereNow', { count: b.liveVisitors })
                  : t('console.overview.visitsUniques', { visits: b.visits, uniques: b.uniques })}
              </span>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}

function Deals({ d }: { d: Dashboard }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const bars = (
    buckets: Dashboard['deals']['byCategory'],
    label: (k: string) => string,
    colour?: (k: string) => string,
  ) =>
    buckets.slice(0, 10).map((b) => ({
      key: b.key,
      label: label(b.key),
      value: b.value,
      display: formatRupiahShort(b.value, lang),
      colour: colour?.(b.key),
    }));
  return (
    <section className="console-deals">
      <div className="card">
        <h2>{t('console.deals.byCategory')}</h2>
        {d.deals.byCategory.length ? (
          <BarList
            title={t('console.deals.byCategory')}
            bars={bars(
              d.deals.byCategory,
              (k) => t(`categories.${k as Category}`),
              (k) => CATEGORY_COLOURS[k as 'makanan'],
            )}
          />
        ) : (
          <p className="muted">{t('console.deals.none')}</p>
        )}
      </div>
      <div className="card">
        <h2>{t('console.deals.byRegion')}</h2>
        {d.deals.byRegion.length ? (
          <BarList title={t('console.deals.byRegion')} bars={bars(d.deals.byRegion, regionLabel)} />
        ) : (
          <p className="muted">{t('console.deals.none')}</p>
        )}
      </div>
    </section>
  );
}
