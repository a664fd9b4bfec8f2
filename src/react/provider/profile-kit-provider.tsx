import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { ProfileAdapter } from '../../core';
import { ProfileKitContext } from './profile-kit-context';

export interface ProfileKitProviderProps {
  /** The backend: `createHttpAdapter`, `createMemoryAdapter`, or your own `ProfileAdapter`. */
  adapter: ProfileAdapter;
  /**
   * The TanStack Query client to keep profile state in. Default: a private one, so profilekit
   * works in apps that do not use TanStack Query; pass yours to share devtools and cache.
   */
  queryClient?: QueryClient;
  children?: ReactNode;
}

/** Makes the adapter (and a query client) available to every profilekit hook and component below. */
export function ProfileKitProvider({ adapter, queryClient, children }: ProfileKitProviderProps) {
  const [ownClient] = useState(
    () =>
      queryClient ??
      new QueryClient({
        // Profile data must be fresh after every write; errors are ProfileErrors the UI shows, not retried.
        defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false }, mutations: { retry: false } },
      }),
  );
  return (
    <QueryClientProvider client={queryClient ?? ownClient}>
      <ProfileKitContext.Provider value={adapter}>{children}</ProfileKitContext.Provider>
    </QueryClientProvider>
  );
}
