import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { DeletionResult, Profile } from '../../core/browser';
import { profileKeys } from './query-keys';

/**
 * What scheduling or carrying out an erasure makes stale: the profile (the viewer's own, or
 * `userId`'s), its history and the user list. An erased profile is not fetched again (it is gone:
 * "not found"); the component that erased it says so instead.
 */
export function useAfterDeletion() {
  const queryClient = useQueryClient();
  return useCallback(
    (result: DeletionResult, userId?: string) => {
      const key = profileKeys.profile(userId);
      const id = userId ?? queryClient.getQueryData<Profile>(key)?.id;
      if (result.erased) void queryClient.cancelQueries({ queryKey: key });
      else void queryClient.invalidateQueries({ queryKey: key });
      if (id !== undefined) void queryClient.invalidateQueries({ queryKey: profileKeys.audit(id) });
      void queryClient.invalidateQueries({ queryKey: [...profileKeys.all, 'users'] });
    },
    [queryClient],
  );
}
