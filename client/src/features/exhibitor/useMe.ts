import { useQuery } from '@tanstack/react-query';
import { useUser } from '../../stores/session';
import { backofficeQueries } from './backofficeQueries';

/** The signed-in exhibitor's own application and booth; `null` when they have not applied yet. */
export function useMe() {
  const user = useUser();
  return useQuery({
    ...backofficeQueries.me(user?.id ?? '', user?.exhibitorId ?? null),
    enabled: user?.role === 'exhibitor',
  });
}
