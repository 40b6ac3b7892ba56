import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/** Last resort when a page throws while drawing: say so in the reader's language and offer a reload. */
export function ErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <div className="page">
      <div className="narrow card" role="alert">
        <h1>{t('crash.title')}</h1>
        <p>{t('crash.body')}</p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('crash.reload')}
        </button>
      </div>
    </div>
  );
}
