import {
  CATEGORY_COLOURS,
  MEETING_STATUSES,
  regionLabel,
  type Category,
  type ReportSummary,
} from '@pameran/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AsyncContent } from '../../components/AsyncContent';
import { useLanguage } from '../../i18n';
import { formatCount, formatDateRange, formatRupiah, formatRupiahShort } from '../../lib/format';
import { BarList } from './charts';
import { consoleQueries } from './consoleQueries';
import { useFairSlug } from '../fair/useFairSlug';
import { useFairTime } from '../fair/useFairTime';

/** `/organiser/reports/summary`: the event on one printable page (headline figures and charts). */
export function SummaryPage() {
  const { t } = useTranslation();
  const summary = useQuery(consoleQueries.summary(useFairSlug()));
  return (
    <div className="console-summary" data-testid="console-summary">
      <div className="no-print console-section__head">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('console.summary.print')}
        </button>
      </div>
      <AsyncContent result={summary}>{(s) => <Summary s={s} />}</AsyncContent>
    </div>
  );
}

function Summary({ s }: { s: ReportSummary }) {
  const { t } = useTranslation();
  const time = useFairTime();
  const { lang, pick } = useLanguage();
  const n = (v: number) => formatCount(v, lang);
  const figures: [string, string][] = [
    [t('console.figures.exhibitors'), n(s.exhibitors.approved)],
    [t('console.summary.products'), n(s.products)],
    [t('console.figures.visits'), n(s.visits.total)],
    [t('console.figures.uniques'), n(s.visits.uniques)],
    [t('console.figures.chat'), n(s.chatMessages)],
    [t('console.figures.whatsapp'), n(s.whatsappClicks)],
  ];
  const rupiahBars = (
    b: ReportSummary['deals']['byCategory'],
    label: (k: string) => string,
    colour?: (k: string) => string,
  ) =>
    b.map((x) => ({
      key: x.key,
      label: label(x.key),
      value: x.value,
      display: formatRupiahShort(x.value, lang),
      colour: colour?.(x.key),
    }));
  return (
    <article className="summary">
      <header>
        <h1>{pick(s.event.name)}</h1>
        <p className="muted">
          {formatDateRange(s.from, s.to, lang)} ·{' '}
          {t('console.summary.generated', {
            time: new Date(s.generatedAt).toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID', {
              timeZone: time.fair,
            }),
            zone: time.zone,
          })}
        </p>
      </header>
      <section className="summary__headline">
        <span>{t('console.figures.dealsTotal')}</span>
        <strong data-testid="summary-headline">{formatRupiahShort(s.deals.total, lang)}</strong>
        <span className="muted">
          {t('console.figures.dealsCount', { count: s.deals.count, total: formatRupiah(s.deals.total) })}
        </span>
      </section>
      <dl className="summary__figures">
        {figures.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
        <div>
          <dt>{t('console.figures.meetings')}</dt>
          <dd className="summary__meetings">
            {MEETING_STATUSES.filter((m) => m !== 'cancelled')
              .map((m) => `${t(`console.meeting.${m}`)} ${n(s.meetings[m])}`)
              .join(' · ')}
          </dd>
        </div>
      </dl>
      <div className="summary__charts">
        <section>
          <h2>{t('console.deals.byCategory')}</h2>
          <BarList
            title={t('console.deals.byCategory')}
            bars={rupiahBars(
              s.deals.byCategory,
              (k) => t(`categories.${k as Category}`),
              (k) => CATEGORY_COLOURS[k as 'makanan'],
            )}
          />
        </section>
        <section>
          <h2>{t('console.deals.byRegion')}</h2>
          <BarList
            title={t('console.deals.byRegion')}
            bars={rupiahBars(s.deals.byRegion.slice(0, 10), regionLabel)}
          />
        </section>
        <section>
          <h2>{t('console.summary.visitsByCategory')}</h2>
          <BarList
            title={t('console.summary.visitsByCategory')}
            bars={s.visitsByCategory.map((c) => ({
              key: c.category,
              label: t(`categories.${c.category}`),
              value: c.visits,
              display: `${n(c.visits)} (${n(c.uniques)})`,
              colour: CATEGORY_COLOURS[c.category],
            }))}
          />
        </section>
        <section>
          <h2>{t('console.summary.visitsByDay')}</h2>
          <BarList
            title={t('console.summary.visitsByDay')}
            bars={s.visitsByDay.map((d) => ({
              key: d.day,
              label: d.day,
              value: d.visits,
              display: `${n(d.visits)} (${n(d.uniques)})`,
            }))}
          />
        </section>
      </div>
      <section>
        <h2>{t('console.overview.ranked')}</h2>
        <table className="console-table">
          <thead>
            <tr>
              <th>#</th>
              <th>{t('console.audition.name')}</th>
              <th>{t('console.figures.visits')}</th>
              <th>{t('console.figures.uniques')}</th>
              <th>{t('console.summary.dealsValue')}</th>
            </tr>
          </thead>
          <tbody>
            {s.topBooths.map((b, i) => (
              <tr key={b.boothId}>
                <td>{i + 1}</td>
                <td>{b.name}</td>
                <td>{n(b.visits)}</td>
                <td>{n(b.uniques)}</td>
                <td>{formatRupiah(b.dealsValue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </article>
  );
}
