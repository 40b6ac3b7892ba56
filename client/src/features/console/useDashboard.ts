import { Dashboard } from '@pameran/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useHallSocket } from '../../lib/useHallSocket';
import { consoleKeys, consoleQueries, newerDashboard } from './consoleQueries';
import { useFairSlug } from '../fair/useFairSlug';

/** The ranking and the charts are heavier to compute: a push refreshes them at most this often. */
export const LIVE_VIEWS_EVERY_MS = 10_000;

/**
 * The live figures: loaded once over HTTP, then replaced in the query cache by every `dashboard` push
 * (organisers only; the server sends at most every 2 s, and only when something changed). Pushes also
 * mark the slower `live` views stale, at most once per LIVE_VIEWS_EVERY_MS, the last push always counting.
 */
export function useDashboard() {
  const queryClient = useQueryClient();
  const slug = useFairSlug();
  const query = useQuery(consoleQueries.dashboard(slug));
  const socket = useHallSocket(slug);
  useEffect(() => {
    if (!socket) return;
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refreshLiveViews = () => {
      last = Date.now();
      timer = undefined;
      void queryClient.invalidateQueries({ queryKey: consoleKeys.live() });
    };
    const onDashboard = (payload: unknown) => {
      const parsed = Dashboard.safeParse(payload);
      if (!parsed.success) return;
      queryClient.setQueryData<Dashboard>(consoleKeys.dashboard(), (held) =>
        newerDashboard(held, parsed.data),
      );
      timer ??= setTimeout(refreshLiveViews, Math.max(0, last + LIVE_VIEWS_EVERY_MS - Date.now()));
    };
    socket.on('dashboard', onDashboard);
    return () => {
      socket.off('dashboard', onDashboard);
      clearTimeout(timer);
    };
  }, [socket, queryClient]);
  return { dashboard: query, live: Boolean(socket?.connected) };
}
