import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createQueryClient } from '../lib/queryClient';
import { InFair } from './inFair';

/**
 * A fresh query client (the app's defaults) and the wrapper that provides it, per test, on a page of the test
 * fair (the console's and back office's views read their fair from the address).
 */
export function withQueryClient() {
  const client = createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <InFair>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </InFair>
  );
  return { client, wrapper };
}
