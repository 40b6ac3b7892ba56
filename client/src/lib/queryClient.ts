import { QueryClient } from '@tanstack/react-query';
import { useSession } from '../stores/session';
import { useFair } from '../stores/fair';

/**
 * Server state for the console and the back office. No silent retries: a failed load shows its error
 * with a Retry button at once (AsyncContent) instead of keeping someone on a slow phone connection
 * waiting through hidden attempts. Data is read again when a screen mounts and after the mutations that
 * change it, not on every window focus (the live dashboard has its socket push for that).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

export const queryClient = createQueryClient();

// Cached answers belong to whoever asked: after signing out, the next person starts from an empty cache.
// Signing in or up on the way (the staff invitation page) keeps it: one user's data is keyed by user or booth.
useSession.subscribe((s, prev) => {
  if (prev.user && !s.user) queryClient.clear();
});

// Cached answers belong to one fair too (the console's and back office's keys do not name it): opening another
// fair starts from an empty cache.
useFair.subscribe((s, prev) => {
  if (s.lastSlug !== prev.lastSlug) queryClient.clear();
});
