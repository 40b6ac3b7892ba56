import type {
  AuditQuery,
  ChatFeedQuery,
  Dashboard,
  ExhibitorAdminQuery,
  SeriesQuery,
} from '@pameran/contracts';
import { queryOptions } from '@tanstack/react-query';
import { consoleApi } from './consoleApi';

/**
 * Every query key of the console, in one place. Prefixes group what one change makes stale: `live`
 * (the views the dashboard push refreshes), `moderation` (the chat feed and the sanctions).
 */
export const consoleKeys = {
  all: ['console'] as const,
  dashboard: () => [...consoleKeys.all, 'dashboard'] as const,
  live: () => [...consoleKeys.all, 'live'] as const,
  ranking: () => [...consoleKeys.live(), 'ranking'] as const,
  series: (query: Partial<SeriesQuery>) => [...consoleKeys.live(), 'series', query] as const,
  moderation: () => [...consoleKeys.all, 'moderation'] as const,
  chat: (query: Partial<ChatFeedQuery>) => [...consoleKeys.moderation(), 'chat', query] as const,
  sanctions: () => [...consoleKeys.moderation(), 'sanctions'] as const,
  settings: () => [...consoleKeys.all, 'settings'] as const,
  audit: (query: Partial<AuditQuery>) => [...consoleKeys.all, 'audit', query] as const,
  exhibitors: () => [...consoleKeys.all, 'exhibitors'] as const,
  exhibitorList: (query: Partial<ExhibitorAdminQuery>) => [...consoleKeys.exhibitors(), query] as const,
  summary: () => [...consoleKeys.all, 'summary'] as const,
  /** The deals waiting for verification; a decision also changes the dashboard's deal figures. */
  deals: () => [...consoleKeys.all, 'deals'] as const,
  users: (q: string) => [...consoleKeys.all, 'users', q] as const,
};

/** The later of two dashboards: pushes and HTTP answers can cross, and older figures never replace newer. */
export const newerDashboard = (held: Dashboard | undefined, next: Dashboard): Dashboard =>
  held && held.at > next.at ? held : next;

/**
 * The console's reads, each with its key. Each reads the fair of the page; the keys need not name it, since
 * the cache is emptied when another fair is opened (`queryClient.ts`).
 */
export const consoleQueries = {
  dashboard: (slug: string) =>
    queryOptions({
      queryKey: consoleKeys.dashboard(),
      queryFn: async ({ signal, client, queryKey }) => {
        const answer = await consoleApi.dashboard(slug, signal);
        return newerDashboard(client.getQueryData<Dashboard>(queryKey), answer);
      },
    }),
  ranking: (slug: string) =>
    queryOptions({
      queryKey: consoleKeys.ranking(),
      queryFn: ({ signal }) => consoleApi.booths(slug, { sort: 'visits' }, signal),
    }),
  series: (slug: string, query: Partial<SeriesQuery>) =>
    queryOptions({
      queryKey: consoleKeys.series(query),
      queryFn: ({ signal }) => consoleApi.series(slug, query, signal),
    }),
  chat: (slug: string, query: Partial<ChatFeedQuery>) =>
    queryOptions({
      queryKey: consoleKeys.chat(query),
      queryFn: ({ signal }) => consoleApi.chat(slug, query, signal),
    }),
  sanctions: (slug: string) =>
    queryOptions({
      queryKey: consoleKeys.sanctions(),
      queryFn: ({ signal }) => consoleApi.sanctions(slug, signal),
    }),
  settings: (slug: string) =>
    queryOptions({
      queryKey: consoleKeys.settings(),
      queryFn: ({ signal }) => consoleApi.settings(slug, signal),
    }),
  audit: (slug: string, query: Partial<AuditQuery>) =>
    queryOptions({
      queryKey: consoleKeys.audit(query),
      queryFn: ({ signal }) => consoleApi.audit(slug, query, signal),
    }),
  exhibitors: (slug: string, query: Partial<ExhibitorAdminQuery>) =>
    queryOptions({
      queryKey: consoleKeys.exhibitorList(query),
      queryFn: ({ signal }) => consoleApi.exhibitors(slug, query, signal),
    }),
  deals: (slug: string) =>
    queryOptions({
      queryKey: consoleKeys.deals(),
      queryFn: ({ signal }) => consoleApi.dealQueue(slug, signal),
    }),
  summary: (slug: string) =>
    queryOptions({
      queryKey: consoleKeys.summary(),
      queryFn: ({ signal }) => consoleApi.summary(slug, signal),
    }),
};
