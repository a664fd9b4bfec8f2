import { useMutation } from '@tanstack/react-query';
import type { ChangePasswordInput, ProfileError } from '../../core';
import { useProfileAdapter } from './use-profile-adapter';

/** Changes the viewer's password (TanStack mutation; `error` is a `ProfileError`). */
export function useChangePassword() {
  const adapter = useProfileAdapter();
  return useMutation<void, ProfileError, ChangePasswordInput>({ mutationFn: (input) => adapter.changePassword(input) });
}
