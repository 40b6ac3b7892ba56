import { Dashboard } from '@pameran/contracts';
import { useEffect, useState } from 'react';
import { useAsync } from '../../lib/useAsync';
import { useHallSocket } from '../../lib/useHallSocket';
import { consoleApi } from './consoleApi';

/**
 * The live figures: loaded once over HTTP, then replaced by every `dashboard` push (organisers only;
 * the server sends at most every 2 s, and only when something changed). `version` counts pushes, so
 * slower views (charts) can refresh on them.
 */
export function useDashboard() {
  const loaded = useAsync('dashboard', (signal) => consoleApi.dashboard(signal));
  const [pushed, setPushed] = useState<{ data: Dashboard; version: number } | null>(null);
  const socket = useHallSocket();
  useEffect(() => {
    if (!socket) return;
    const onDashboard = (p: unknown) => {
      const parsed = Dashboard.safeParse(p);
      if (parsed.success) setPushed((prev) => ({ data: parsed.data, version: (prev?.version ?? 0) + 1 }));
    };
    socket.on('dashboard', onDashboard);
    return () => {
      socket.off('dashboard', onDashboard);
    };
  }, [socket]);
  const newest =
    pushed && (!loaded.data || pushed.data.at >= loaded.data.at) ? pushed.data : (loaded.data ?? undefined);
  return { ...loaded, data: newest, version: pushed?.version ?? 0, live: Boolean(socket?.connected) };
}
