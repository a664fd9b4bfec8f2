import type { QueryClient } from '@tanstack/react-query';
import type { DeletionResult, Profile } from '../../core/browser';
import type { profileKeys } from './query-keys';

/**
 * What scheduling or carrying out an erasure makes stale: the profile (the viewer's own, or
 * `userId`'s), its history and the user list. An erased profile is not fetched again (it is gone:
 * "not found"); the component that erased it says so instead. The cache and its keys are passed
 * in, so that a lazy part can run it too (`useAfterDeletion` is the hook).
 */
export function invalidateAfterDeletion(queryClient: QueryClient, keys: typeof profileKeys, result: DeletionResult, userId?: string): void {
  const key = keys.profile(userId);
  const id = userId ?? queryClient.getQueryData<Profile>(key)?.id;
  if (result.erased) void queryClient.cancelQueries({ queryKey: key });
  else void queryClient.invalidateQueries({ queryKey: key });
  if (id !== undefined) void queryClient.invalidateQueries({ queryKey: keys.audit(id) });
  void queryClient.invalidateQueries({ queryKey: [...keys.all, 'users'] });
}
