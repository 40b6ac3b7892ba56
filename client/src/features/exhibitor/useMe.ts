import type { BackofficeMe } from '@pameran/contracts';
import { isApiError } from '../../lib/api';
import { useAsync } from '../../lib/useAsync';
import { useUser } from '../../stores/session';
import { backofficeApi } from './backofficeApi';

/** The signed-in exhibitor's own application and booth; `null` when they have not applied yet. */
export function useMe() {
  const user = useUser();
  const key = user?.role === 'exhibitor' ? `backoffice:me:${user.id}:${user.exhibitorId ?? ''}` : null;
  return useAsync<BackofficeMe | null>(key, (signal) =>
    backofficeApi.me(signal).catch((e: unknown) => {
      if (isApiError(e) && e.statusCode === 404) return null;
      throw e;
    }),
  );
}
