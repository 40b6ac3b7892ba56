import { useQuery } from '@tanstack/react-query';
import { useUser } from '../../stores/session';
import { mayApply, useFairRights } from '../fair/fairRights';
import { useFairSlug } from '../fair/useFairSlug';
import { backofficeQueries } from './backofficeQueries';

/**
 * The signed-in person's application and booth in this fair; `null` when they have not applied here yet.
 * Asked once what they are in the fair is known: staff of one of its exhibitors, or a pesantren's account
 * that may apply (the answer is then `null`).
 */
export function useMe() {
  const user = useUser();
  const slug = useFairSlug();
  const { ready, exhibitorId } = useFairRights();
  return useQuery({
    ...backofficeQueries.me(slug, user?.id ?? '', exhibitorId),
    enabled: ready && (exhibitorId !== null || mayApply(user)),
  });
}
