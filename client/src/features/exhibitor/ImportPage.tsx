import type { ImportReport } from '@pameran/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { saveBlob } from '../../lib/download';
import { ImportErrors } from '../../components/ImportErrors';
import { backofficeApi } from './backofficeApi';
import { useImportProducts } from './backofficeMutations';
import { RequireBooth } from './RequireBooth';
import { errorMessage } from '../../lib/errors';
import { useFairPath, useFairSlug } from '../fair/useFairSlug';

/** Check a spreadsheet first (every bad row listed), then import all of it or nothing. */
function Importer({ boothId }: { boothId: string }) {
  const slug = useFairSlug();
  const { t } = useTranslation();
  const at = useFairPath();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const upload = useImportProducts(boothId);
  const busy = upload.isPending;

  const run = (dryRun: boolean) => {
    if (file) upload.mutate({ file, dryRun }, { onSuccess: setReport });
  };

  return (
    <div className="card form">
      <p>{t('backoffice.import.intro')}</p>
      <p>
        <button
          type="button"
          className="link-button"
          onClick={() =>
            void backofficeApi.importTemplate(slug).then((b) => saveBlob(b, 'produk-template.csv'))
          }
        >
          {t('backoffice.import.template')}
        </button>
      </p>
      <input
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="import-file"
        onChange={(e) => {
          setFile(e.target.files?.[0] ?? null);
          setReport(null);
        }}
      />
      <div className="bo-actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={!file || busy}
          onClick={() => run(true)}
          data-testid="import-check"
        >
          {t('backoffice.import.check')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!report?.dryRun || report.errors.length > 0 || report.valid === 0 || busy}
          onClick={() => run(false)}
          data-testid="import-run"
        >
          {t('backoffice.import.run', { count: report?.valid ?? 0 })}
        </button>
      </div>
      {upload.isError && (
        <p className="form__error" role="alert">
          {errorMessage(upload.error, t)}
        </p>
      )}
      {report && (
        <div data-testid="import-report" role="status">
          {report.dryRun ? (
            <p>
              {t('backoffice.import.checked', {
                rows: report.rows,
                valid: report.valid,
                bad: report.errors.length,
              })}
            </p>
          ) : (
            <p className="notice">
              {t('backoffice.import.done', { count: report.imported })}{' '}
              <Link to={at('/exhibitor/products')}>{t('backoffice.products.title')}</Link>
            </p>
          )}
          <ImportErrors
            errors={report.errors}
            className="bo-table"
            labels={{
              line: t('backoffice.import.line'),
              field: t('backoffice.import.column'),
              reason: t('backoffice.import.reason'),
            }}
          />
        </div>
      )}
    </div>
  );
}

export function ImportPage() {
  const { t } = useTranslation();
  return (
    <RequireBooth title={t('backoffice.import.title')} ownerOnly>
      {(me) => <Importer boothId={me.boothId} />}
    </RequireBooth>
  );
}
