import { useCallback, useEffect, useRef, useState } from 'react';
import { useUsers } from '../../hooks/use-users';
import { useDebounced } from '../../ui/use-debounced';

/**
 * `UserList`'s root `data-state`: `loading` (the config, the profile or the first page),
 * `error` (they could not load; a retry), `searching` (a new search's first page is on its way),
 * `empty` (no account matches), `ready`.
 */
export type UserListState = 'loading' | 'error' | 'searching' | 'empty' | 'ready';

/** How long typing must pause before the list searches (ms). */
export const SEARCH_DELAY_MS = 250;

/**
 * Owns a UserList: the search (debounced), the pages (cursor paging with "Load more"; focus
 * moves to the first new row), the "New user" dialog's open state, what the list announces, its
 * `data-state`.
 */
export function useUserListController(pageSize: number) {
  const [query, setQuery] = useState('');
  const search = useDebounced(query.trim(), SEARCH_DELAY_MS);
  const users = useUsers(search, { pageSize });
  const items = users.data?.pages.flatMap((page) => page.items) ?? [];
  const [creating, setCreating] = useState(false);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const focusFrom = useRef<number | null>(null);

  // After "Load more", focus goes to the first new row (the button may be gone).
  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || items.length <= from) return;
    focusFrom.current = null;
    listRef.current?.querySelectorAll<HTMLElement>(':scope > li')[from]?.querySelector<HTMLElement>('button')?.focus();
  });

  const loadMore = () => {
    focusFrom.current = items.length;
    void users.fetchNextPage();
  };
  /** The dialog created an account: it closes and the list says so. */
  const onCreated = useCallback((message: string) => {
    setCreating(false);
    setAnnouncement(message);
  }, []);

  const state: UserListState = users.isPending
    ? search
      ? 'searching'
      : 'loading'
    : users.error && !users.data
      ? 'error'
      : items.length === 0
        ? 'empty'
        : 'ready';
  return {
    state,
    query,
    search,
    setQuery: (value: string) => {
      setAnnouncement(null);
      setQuery(value);
    },
    items,
    users,
    listRef,
    loadMore,
    creating,
    setCreating,
    announcement,
    onCreated,
  };
}

export type UserListController = ReturnType<typeof useUserListController>;
