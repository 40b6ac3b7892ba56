import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errors';
import type { AsyncResult } from '../lib/useAsync';

interface AsyncContentProps<T> {
  result: AsyncResult<T>;
  /** Shown instead of the content when `isEmpty(data)`. */
  empty?: ReactNode;
  isEmpty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}

/** The one place that draws loading, error (with retry) and empty states for loaded content. */
export function AsyncContent<T>({ result, empty, isEmpty, children }: AsyncContentProps<T>) {
  const { t } = useTranslation();
  if (result.error !== undefined) {
    return (
      <div className="notice notice--error" role="alert">
        <p>{errorMessage(result.error, t)}</p>
        <button type="button" className="button button--secondary" onClick={result.reload}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (result.data === undefined) {
    return (
      <div className="notice notice--loading" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        {t('common.loading')}
      </div>
    );
  }
  if (empty && isEmpty?.(result.data)) return <div className="notice notice--empty">{empty}</div>;
  return <>{children(result.data)}</>;
}
