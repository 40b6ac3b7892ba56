import {
  ApplicationProductList,
  ReturningApplication,
  ReturningCandidateList,
  type ReuseApplication,
} from '@pameran/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { useFairSlug } from '../fair/useFairSlug';
import { backofficeKeys } from './backofficeQueries';

const inFair = (slug: string) => `event=${encodeURIComponent(slug)}`;

/** A returning pesantren applies again with last fair's profile and products (docs/decisions/0028, 0035). */
export const applyAgainApi = {
  candidates: (slug: string, signal?: AbortSignal) =>
    api.get(`/backoffice/application/returning?${inFair(slug)}`, ReturningCandidateList, { signal }),
  products: (slug: string, signal?: AbortSignal) =>
    api.get(`/backoffice/application/products?${inFair(slug)}`, ApplicationProductList, { signal }),
  reuse: (body: ReuseApplication) => api.post('/backoffice/application/reuse', ReturningApplication, body),
};

const keys = {
  candidates: (slug: string) => [...backofficeKeys.all, 'apply-again', slug] as const,
  products: (slug: string) => [...backofficeKeys.all, 'carried-products', slug] as const,
};

export const applyAgainQueries = {
  candidates: (slug: string) =>
    queryOptions({
      queryKey: keys.candidates(slug),
      queryFn: ({ signal }) => applyAgainApi.candidates(slug, signal),
    }),
  products: (slug: string) =>
    queryOptions({
      queryKey: keys.products(slug),
      queryFn: ({ signal }) => applyAgainApi.products(slug, signal),
    }),
};

/**
 * Apply again in this fair from an earlier exhibitor. The token needs no refresh: rights in a fair are read
 * from the memberships per request (docs/decisions/0025-many-fairs.md), so the back office's queries reload.
 */
export function useApplyAgain() {
  const queryClient = useQueryClient();
  const slug = useFairSlug();
  return useMutation({
    mutationFn: (fromExhibitorId: string) => applyAgainApi.reuse({ event: slug, fromExhibitorId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: backofficeKeys.all }),
  });
}
