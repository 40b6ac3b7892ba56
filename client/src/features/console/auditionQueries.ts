import {
  ApplicationProductList,
  AuditionApplication,
  AuditionStageList,
  type ReviewRequestInput,
} from '@pameran/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { consoleKeys } from './consoleQueries';

const enc = encodeURIComponent;

/** The audition's stages and returning pesantren (docs/decisions/0028-audition-stages.md), over the API. */
export const auditionApi = {
  review: (id: string, body: ReviewRequestInput) =>
    api.post(`/admin/exhibitors/${enc(id)}/review`, AuditionApplication, body),
  products: (id: string, signal?: AbortSignal) =>
    api.get(`/admin/exhibitors/${enc(id)}/products`, ApplicationProductList, { signal }),
  /** The fair's own stages, in order (docs/decisions/0035-fair-gaps.md). */
  stages: (slug: string, signal?: AbortSignal) =>
    api.get(`/admin/events/${enc(slug)}/audition/stages`, AuditionStageList, { signal }),
};

export const auditionQueries = {
  products: (id: string) =>
    queryOptions({
      queryKey: [...consoleKeys.exhibitors(), 'products', id] as const,
      queryFn: ({ signal }) => auditionApi.products(id, signal),
    }),
  stages: (slug: string) =>
    queryOptions({
      queryKey: [...consoleKeys.all, 'audition-stages', slug] as const,
      queryFn: ({ signal }) => auditionApi.stages(slug, signal),
      staleTime: 60_000,
    }),
};

/** Pass or reject one application at its stage, with a note: the list and the dashboard's figures change. */
export function useReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ReviewRequestInput }) => auditionApi.review(id, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: consoleKeys.exhibitors() }),
        queryClient.invalidateQueries({ queryKey: consoleKeys.dashboard() }),
      ]),
  });
}
