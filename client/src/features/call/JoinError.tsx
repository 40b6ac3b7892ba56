import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api';
import { errorMessage } from '../../lib/errors';

/**
 * Why the server refused a token. A 403 carries the server's own reason ("too early — opens at 10:15 WIB"),
 * which says more than a generic "not allowed", so it is shown as given.
 */
export function JoinError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const reason =
    isApiError(error) && error.statusCode === 403 && error.message
      ? t('video.join.refused', { reason: error.message })
      : isApiError(error) && error.statusCode === 503
        ? t('video.notConfigured')
        : errorMessage(error, t);
  return (
    <p className="notice notice--error" role="alert" data-testid="join-error">
      {reason}
    </p>
  );
}
