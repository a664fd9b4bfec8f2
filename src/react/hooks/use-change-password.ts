import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordInput, ProfileError } from '../../core/browser';
import { profileKeys } from './query-keys';
import { useProfileAdapter } from './use-profile-adapter';

/**
 * Changes the viewer's password (TanStack mutation; `error` is a `ProfileError`). The change
 * moves the profile's version on (and voids a pending email change), so the cached profile is
 * reloaded before the mutation resolves: the next save elsewhere on the page is then based on
 * the new version instead of hitting a conflict.
 */
export function useChangePassword() {
  const adapter = useProfileAdapter();
  const queryClient = useQueryClient();
  return useMutation<void, ProfileError, ChangePasswordInput>({
    mutationFn: (input) => adapter.changePassword(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: profileKeys.me() }),
  });
}
