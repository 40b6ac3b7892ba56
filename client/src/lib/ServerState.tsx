import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { queryClient } from './queryClient';

/**
 * Server state (TanStack Query) for the pages that keep it: the console and the back office wrap their
 * routes in this, so TanStack Query comes with their lazy chunks and a visitor's first download never
 * carries it. Both share the one client (`queryClient`), so its cache outlives moving between them.
 */
export function ServerState({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
