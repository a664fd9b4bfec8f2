import { useInfiniteQuery } from '@tanstack/react-query';
import type { AccountSummary, Page, ProfileError } from '../../core/browser';
import { profileKeys } from './query-keys';
import { useProfileAdapter } from './use-profile-adapter';

/** Admin: accounts matching `query` (email or name), a page at a time. */
export function useUsers(query = '', { pageSize = 20 }: { pageSize?: number } = {}) {
  const adapter = useProfileAdapter();
  return useInfiniteQuery<Page<AccountSummary>, ProfileError, { pages: Page<AccountSummary>[] }, readonly unknown[], string | null>({
    queryKey: profileKeys.users(query),
    queryFn: ({ pageParam }) => adapter.listUsers({ query, cursor: pageParam, limit: pageSize }),
    initialPageParam: null,
    getNextPageParam: (page) => page.nextCursor,
  });
}
