import { EXHIBITOR_IMPORT_COLUMNS, type ImportReport } from '@pameran/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';
import { uploadImport } from './consoleApi';
import { ImportErrors } from '../../components/ImportErrors';

/** Pesantren + products from CSV/XLSX: a dry run lists every bad row; only a clean file can be imported. */
export function ImportPanel({ onImported }: { onImported(): void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (dryRun: boolean) => {
    if (!file) return;
    setError(null);
    setProgress(0);
    try {
      const r = await uploadImport(file, dryRun, setProgress);
      setReport(r);
      if (!dryRun) onImported();
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setProgress(null);
    }
  };
  const clean = report?.dryRun && report.errors.length === 0 && report.valid > 0;
  return (
    <section className="card console-import" data-testid="console-import">
      <h2>{t('console.import.title')}</h2>
      <p className="muted">{t('console.import.hint')}</p>
      <details>
        <summary>{t('console.import.columns')}</summary>
        <code className="console-import__columns">{EXHIBITOR_IMPORT_COLUMNS.join(', ')}</code>
      </details>
      <input
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(e) => {
          setFile(e.target.files?.[0] ?? null);
          setReport(null);
        }}
        data-testid="import-file"
      />
      <div className="console-import__actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={!file || progress !== null}
          onClick={() => void run(true)}
          data-testid="import-check"
        >
          {t('console.import.check')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!clean || progress !== null}
          onClick={() => void run(false)}
          data-testid="import-run"
        >
          {t('console.import.run')}
        </button>
      </div>
      {progress !== null && <progress max={1} value={progress} aria-label={t('console.import.progress')} />}
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {report && (
        <div data-testid="import-report" role="status">
          <p>
            {report.dryRun
              ? t('console.import.checked', {
                  rows: report.rows,
                  valid: report.valid,
                  errors: report.errors.length,
                })
              : t('console.import.done', { count: report.imported })}
          </p>
          <ImportErrors
            errors={report.errors}
            className="console-table"
            labels={{
              line: t('console.import.line'),
              field: t('console.import.field'),
              reason: t('console.import.reason'),
            }}
          />
        </div>
      )}
    </section>
  );
}
