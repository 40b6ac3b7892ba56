import { CATEGORIES, CATEGORY_COLOURS, type Category, type DashboardSeries } from '@pameran/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncContent } from '../../components/AsyncContent';
import { useLanguage } from '../../i18n';
import { LineChart, type Line } from './charts';
import { consoleQueries } from './consoleQueries';
import { useFairSlug } from '../fair/useFairSlug';
import { useFairZone } from '../fair/useFairTime';

/**
 * Charts over time: visits and unique visitors per category (or one booth), chat volume. The dashboard
 * push refreshes them; switching hour/day keeps the current chart until the other arrives.
 */
export function VisitCharts({ boothId }: { boothId?: string }) {
  const { t } = useTranslation();
  const slug = useFairSlug();
  const { lang } = useLanguage();
  const [bucket, setBucket] = useState<'hour' | 'day'>('hour');
  const [measure, setMeasure] = useState<'visits' | 'uniques'>('visits');
  const series = useQuery({
    ...consoleQueries.series(slug, { bucket, boothId }),
    placeholderData: keepPreviousData,
  });
  const fmt = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    timeZone: useFairZone(),
    ...(bucket === 'hour'
      ? { day: 'numeric', hour: '2-digit', minute: '2-digit' }
      : { day: 'numeric', month: 'short' }),
  });
  return (
    <section className="card console-charts" data-testid="console-charts">
      <header className="console-section__head">
        <h2>{t('console.charts.title')}</h2>
        <div className="segmented" role="group">
          {(['hour', 'day'] as const).map((b) => (
            <button key={b} type="button" aria-pressed={bucket === b} onClick={() => setBucket(b)}>
              {t(`console.charts.${b}`)}
            </button>
          ))}
          {(['visits', 'uniques'] as const).map((m) => (
            <button key={m} type="button" aria-pressed={measure === m} onClick={() => setMeasure(m)}>
              {t(`console.figures.${m}`)}
            </button>
          ))}
        </div>
      </header>
      <AsyncContent
        result={series}
        isEmpty={(s) => s.visits.length === 0 && s.chat.length === 0}
        empty={t('console.charts.empty')}
      >
        {(s) => (
          <div className="console-charts__grid">
            <LineChart
              title={t('console.charts.visitsByCategory')}
              lines={categoryLines(s, measure, (c) => t(`categories.${c as Category}`))}
              formatTime={(ms) => fmt.format(ms)}
            />
            <LineChart
              title={t('console.charts.chat')}
              lines={[
                {
                  key: 'chat',
                  label: t('console.charts.chatMessages'),
                  colour: '#334155',
                  points: s.chat.map((p) => ({ t: Date.parse(p.at), y: p.messages })),
                },
              ]}
              formatTime={(ms) => fmt.format(ms)}
            />
          </div>
        )}
      </AsyncContent>
    </section>
  );
}

function categoryLines(
  s: DashboardSeries,
  measure: 'visits' | 'uniques',
  label: (c: Category) => string,
): Line[] {
  const times = [...new Set(s.visits.map((p) => p.at))].sort();
  return CATEGORIES.filter((c) => s.visits.some((p) => p.category === c)).map((c) => {
    const byAt = new Map(s.visits.filter((p) => p.category === c).map((p) => [p.at, p[measure]]));
    return {
      key: c,
      label: label(c),
      colour: CATEGORY_COLOURS[c],
      points: times.map((at) => ({ t: Date.parse(at), y: byAt.get(at) ?? 0 })),
    };
  });
}
