import {
  FUNNEL_STEPS,
  regionLabel,
  type Category,
  type FunnelRow,
  type MeetingFunnel,
} from '@pameran/contracts';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { formatCount } from '../../lib/format';

/** A step's rate as a whole percentage in the reader's language, or a dash when there was nothing before. */
function percent(rate: number | null, locale: string): string {
  return rate === null ? '—' : new Intl.NumberFormat(locale, { style: 'percent' }).format(rate);
}

/**
 * The funnel from meeting request to deal: the total as bars (each scaled to the requests, with its count
 * and its share of the step before), then a table per category and per region. Used by the organiser's
 * dashboard and the exhibitor's back office; the counting rules live with the server's read model.
 */
export function FunnelView({ funnel, title }: { funnel: MeetingFunnel; title: string }) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const locale = lang === 'en' ? 'en-GB' : 'id-ID';
  const { counts, rates } = funnel.total;
  const top = Math.max(1, counts.requests);
  return (
    <section className="card funnel" data-testid="funnel">
      <h2>{title}</h2>
      <p className="muted">{t('outcomes.funnel.hint')}</p>
      {counts.requests === 0 ? (
        <p className="muted">{t('outcomes.funnel.empty')}</p>
      ) : (
        <>
          <ol className="funnel__bars" aria-label={title}>
            {FUNNEL_STEPS.map((step) => (
              <li key={step} className="funnel__step" data-testid={`funnel-${step}`}>
                <span>{t(`outcomes.funnel.step.${step}`)}</span>
                <span className="funnel__bar" aria-hidden="true">
                  <span className="funnel__fill" style={{ width: `${(counts[step] / top) * 100}%` }} />
                </span>
                <span className="funnel__value">
                  {formatCount(counts[step], lang)}
                  {step !== 'requests' && ` · ${percent(rates[step], locale)}`}
                </span>
              </li>
            ))}
          </ol>
          <FunnelTable
            caption={t('outcomes.funnel.byCategory')}
            rows={funnel.byCategory.map((r) => ({ ...r, label: t(`categories.${r.key as Category}`) }))}
            locale={locale}
          />
          <FunnelTable
            caption={t('outcomes.funnel.byRegion')}
            rows={funnel.byRegion.map((r) => ({ ...r, label: regionLabel(r.key) }))}
            locale={locale}
          />
        </>
      )}
    </section>
  );
}

function FunnelTable({
  caption,
  rows,
  locale,
}: {
  caption: string;
  rows: (FunnelRow & { key: string; label: string })[];
  locale: string;
}) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  if (rows.length === 0) return null;
  return (
    <div className="funnel__scroll">
      <table className="funnel__table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('outcomes.funnel.group')}</th>
            {FUNNEL_STEPS.map((s) => (
              <th key={s} scope="col">
                {t(`outcomes.funnel.step.${s}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              {FUNNEL_STEPS.map((s) => (
                <td key={s}>
                  {formatCount(r.counts[s], lang)}
                  {s !== 'requests' && <small className="muted"> {percent(r.rates[s], locale)}</small>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
