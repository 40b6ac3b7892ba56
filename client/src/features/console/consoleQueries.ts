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

/** The console's reads, each with its key. */
export const consoleQueries = {
  dashboard: () =>
    queryOptions({
      queryKey: consoleKeys.dashboard(),
      queryFn: async ({ signal, client, queryKey }) => {
        const answer = await consoleApi.dashboard(signal);
        return newerDashboard(client.getQueryData<Dashboard>(queryKey), answer);
      },
    }),
  ranking: () =>
    queryOptions({
      queryKey: consoleKeys.ranking(),
      queryFn: ({ signal }) => consoleApi.booths({ sort: 'visits' }, signal),
    }),
  series: (query: Partial<SeriesQuery>) =>
    queryOptions({
      queryKey: consoleKeys.series(query),
      queryFn: ({ signal }) => consoleApi.series(query, signal),
    }),
  chat: (query: Partial<ChatFeedQuery>) =>
    queryOptions({
      queryKey: consoleKeys.chat(query),
      queryFn: ({ signal }) => consoleApi.chat(query, signal),
    }),
  sanctions: () =>
    queryOptions({
      queryKey: consoleKeys.sanctions(),
      queryFn: ({ signal }) => consoleApi.sanctions(signal),
    }),
  settings: () =>
    queryOptions({ queryKey: consoleKeys.settings(), queryFn: ({ signal }) => consoleApi.settings(signal) }),
  audit: (query: Partial<AuditQuery>) =>
    queryOptions({
      queryKey: consoleKeys.audit(query),
      queryFn: ({ signal }) => consoleApi.audit(query, signal),
    }),
  exhibitors: (query: Partial<ExhibitorAdminQuery>) =>
    queryOptions({
      queryKey: consoleKeys.exhibitorList(query),
      queryFn: ({ signal }) => consoleApi.exhibitors(query, signal),
    }),
  deals: () =>
    queryOptions({ queryKey: consoleKeys.deals(), queryFn: ({ signal }) => consoleApi.dealQueue(signal) }),
  summary: () =>
    queryOptions({ queryKey: consoleKeys.summary(), queryFn: ({ signal }) => consoleApi.summary(signal) }),
};
