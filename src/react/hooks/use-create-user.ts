import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateUserInput, Profile, ProfileError } from '../../core/browser';
import { profileKeys } from './query-keys';
import { useProfileAdapter } from './use-profile-adapter';

/**
 * Admin: creates an account (`createUser`; `invite: true` mails a set-password link). The new
 * profile goes into the cache (opening it costs no fetch) and the user list is refreshed.
 */
export function useCreateUser() {
  const adapter = useProfileAdapter();
  const queryClient = useQueryClient();
  return useMutation<Profile, ProfileError, CreateUserInput>({
    mutationFn: (input) => adapter.createUser(input),
    onSuccess: (profile) => {
      queryClient.setQueryData(profileKeys.user(profile.id), profile);
      void queryClient.invalidateQueries({ queryKey: [...profileKeys.all, 'users'] });
    },
  });
}
