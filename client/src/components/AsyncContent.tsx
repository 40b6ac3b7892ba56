import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errors';
import type { AsyncResult } from '../lib/useAsync';

interface AsyncContentProps<T> {
  /** A TanStack query, or `useAsync` where a feature has not moved to queries. */
  result: UseQueryResult<T> | AsyncResult<T>;
  /** Shown instead of the content when `isEmpty(data)`. */
  empty?: ReactNode;
  isEmpty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}

function state<T>(result: UseQueryResult<T> | AsyncResult<T>) {
  if ('refetch' in result) {
    // Retrying shows the spinner (or the data still held) again, not the old error.
    const failed = result.isError && !result.isFetching;
    return { data: result.data, error: failed ? result.error : undefined, retry: result.refetch };
  }
  return { data: result.data, error: result.error, retry: result.reload };
}

/** The one place that draws loading, error (with retry) and empty states for loaded content. */
export function AsyncContent<T>({ result, empty, isEmpty, children }: AsyncContentProps<T>) {
  const { t } = useTranslation();
  const { data, error, retry } = state(result);
  if (error !== undefined) {
    return (
      <div className="notice notice--error" role="alert">
        <p>{errorMessage(error, t)}</p>
        <button type="button" className="button button--secondary" onClick={() => void retry()}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (data === undefined) {
    return (
      <div className="notice notice--loading" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        {t('common.loading')}
      </div>
    );
  }
  if (empty && isEmpty?.(data)) return <div className="notice notice--empty">{empty}</div>;
  return <>{children(data)}</>;
}
