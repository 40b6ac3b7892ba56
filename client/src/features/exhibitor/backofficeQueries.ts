import type { BackofficeMe, LeadKind } from '@pameran/contracts';
import { queryOptions } from '@tanstack/react-query';
import { isApiError } from '../../lib/api';
import { backofficeApi } from './backofficeApi';

/**
 * Every query key of the back office, in one place. A booth's keys share the `booth` prefix, so one
 * invalidation can reach everything about a booth.
 */
export const backofficeKeys = {
  all: ['backoffice'] as const,
  /** Per user, fair and exhibitor: applying, or joining a booth as staff, changes the answer. */
  me: (userId: string, slug: string, exhibitorId: string | null) =>
    [...backofficeKeys.all, 'me', userId, slug, exhibitorId] as const,
  anyMe: () => [...backofficeKeys.all, 'me'] as const,
  booth: (boothId: string) => [...backofficeKeys.all, 'booth', boothId] as const,
  profile: (boothId: string) => [...backofficeKeys.booth(boothId), 'profile'] as const,
  products: (boothId: string) => [...backofficeKeys.booth(boothId), 'products'] as const,
  staff: (boothId: string) => [...backofficeKeys.booth(boothId), 'staff'] as const,
  leadsSummary: (boothId: string) => [...backofficeKeys.booth(boothId), 'leads', 'summary'] as const,
  leads: (boothId: string, kind: LeadKind | undefined) =>
    [...backofficeKeys.booth(boothId), 'leads', 'list', kind ?? 'all'] as const,
  invite: (token: string) => [...backofficeKeys.all, 'invite', token] as const,
};

/** The back office's reads, each with its key. */
export const backofficeQueries = {
  /** The signed-in exhibitor's application and booth; `null` when they have not applied yet. */
  me: (slug: string, userId: string, exhibitorId: string | null) =>
    queryOptions({
      queryKey: backofficeKeys.me(userId, slug, exhibitorId),
      queryFn: ({ signal }): Promise<BackofficeMe | null> =>
        backofficeApi.me(slug, signal).catch((e: unknown) => {
          if (isApiError(e) && e.statusCode === 404) return null;
          throw e;
        }),
    }),
  profile: (boothId: string) =>
    queryOptions({
      queryKey: backofficeKeys.profile(boothId),
      queryFn: ({ signal }) => backofficeApi.booth(boothId, signal),
    }),
  products: (boothId: string) =>
    queryOptions({
      queryKey: backofficeKeys.products(boothId),
      queryFn: ({ signal }) => backofficeApi.products(boothId, signal),
    }),
  staff: (boothId: string) =>
    queryOptions({
      queryKey: backofficeKeys.staff(boothId),
      queryFn: ({ signal }) => backofficeApi.staff(boothId, signal),
    }),
  leadsSummary: (boothId: string) =>
    queryOptions({
      queryKey: backofficeKeys.leadsSummary(boothId),
      queryFn: ({ signal }) => backofficeApi.leadsSummary(boothId, signal),
    }),
  leads: (boothId: string, kind: LeadKind | undefined) =>
    queryOptions({
      queryKey: backofficeKeys.leads(boothId, kind),
      queryFn: ({ signal }) => backofficeApi.leads(boothId, kind, signal),
    }),
  /** Whose booth an invitation is for (a POST, as the token must not appear in a URL). */
  invite: (token: string) =>
    queryOptions({
      queryKey: backofficeKeys.invite(token),
      queryFn: () => backofficeApi.previewInvite(token),
    }),
};
