import { EXHIBITOR_IMPORT_COLUMNS, type ImportReport } from '@pameran/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportErrors } from '../../components/ImportErrors';
import { errorMessage } from '../../lib/errors';
import { useExhibitorImport } from './consoleMutations';

/**
 * Pesantren + products from CSV/XLSX: a dry run lists every bad row; only a clean file can be imported
 * (the applications list then reloads).
 */
export function ImportPanel() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [progress, setProgress] = useState(0);
  const upload = useExhibitorImport(setProgress);
  const run = (dryRun: boolean) => {
    if (!file) return;
    setProgress(0);
    upload.mutate({ file, dryRun }, { onSuccess: setReport });
  };
  const busy = upload.isPending;
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
        aria-label={t('console.import.title')}
        data-testid="import-file"
      />
      <div className="console-import__actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={!file || busy}
          onClick={() => run(true)}
          data-testid="import-check"
        >
          {t('console.import.check')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!clean || busy}
          onClick={() => run(false)}
          data-testid="import-run"
        >
          {t('console.import.run')}
        </button>
      </div>
      {busy && <progress max={1} value={progress} aria-label={t('console.import.progress')} />}
      {upload.isError && (
        <p className="notice notice--error" role="alert">
          {errorMessage(upload.error, t)}
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
