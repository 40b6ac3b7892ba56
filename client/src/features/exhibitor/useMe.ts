import { useQuery } from '@tanstack/react-query';
import { useUser } from '../../stores/session';
import { useFairSlug } from '../fair/useFairSlug';
import { backofficeQueries } from './backofficeQueries';

/** The signed-in exhibitor's own application and booth; `null` when they have not applied yet. */
export function useMe() {
  const user = useUser();
  const slug = useFairSlug();
  return useQuery({
    ...backofficeQueries.me(slug, user?.id ?? '', user?.exhibitorId ?? null),
    enabled: user?.role === 'exhibitor',
  });
}
