import { REPORT_KINDS, type ReportKind } from '@pameran/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { saveBlob } from '../../lib/download';
import { errorMessage } from '../../lib/errors';
import { consoleApi } from './consoleApi';
import { useFairPath, useFairSlug } from '../fair/useFairSlug';
import { useFairTime } from '../fair/useFairTime';

/** `/organiser/reports`: CSV downloads and the printable summary. */
export function ReportsPage() {
  const { t } = useTranslation();
  const slug = useFairSlug();
  const at = useFairPath();
  const time = useFairTime();
  const [busy, setBusy] = useState<ReportKind | null>(null);
  const [error, setError] = useState<string | null>(null);
  const download = async (kind: ReportKind) => {
    setBusy(kind);
    setError(null);
    try {
      saveBlob(await consoleApi.report(slug, kind), `${slug}-${kind}.csv`);
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="console-reports" data-testid="console-reports">
      <h1>{t('console.reports.title')}</h1>
      <p className="muted">{t('console.reports.intro', { zone: time.zone })}</p>
      <ul className="report-list">
        {REPORT_KINDS.map((kind) => (
          <li key={kind} className="card report-list__item">
            <div>
              <h2>{t(`console.reports.${kind}.title`)}</h2>
              <p className="muted">{t(`console.reports.${kind}.body`)}</p>
            </div>
            <button
              type="button"
              className="button button--primary"
              disabled={busy !== null}
              onClick={() => void download(kind)}
              data-testid={`report-${kind}`}
            >
              {busy === kind ? t('console.reports.preparing') : t('console.reports.download')}
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <section className="card">
        <h2>{t('console.reports.summaryTitle')}</h2>
        <p className="muted">{t('console.reports.summaryBody')}</p>
        <Link
          className="button button--secondary"
          to={at('/console/reports/summary')}
          data-testid="summary-link"
        >
          {t('console.reports.openSummary')}
        </Link>
      </section>
    </div>
  );
}
