import { useInfiniteQuery } from '@tanstack/react-query';
import type { AuditEntry, Page, ProfileError } from '../../core/browser';
import { profileKeys } from './query-keys';
import { useProfileAdapter } from './use-profile-adapter';

/** Admin: a user's audit history, newest first, a page at a time (`fetchNextPage`). */
export function useAudit(userId: string, { pageSize = 10 }: { pageSize?: number } = {}) {
  const adapter = useProfileAdapter();
  return useInfiniteQuery<Page<AuditEntry>, ProfileError, { pages: Page<AuditEntry>[] }, readonly unknown[], string | null>({
    queryKey: profileKeys.audit(userId),
    queryFn: ({ pageParam }) => adapter.listAudit(userId, { cursor: pageParam, limit: pageSize }),
    initialPageParam: null,
    getNextPageParam: (page) => page.nextCursor,
  });
}
