import { useQuery } from '@tanstack/react-query';
import type { Profile, ProfileError } from '../../core/browser';
import { profileKeys } from './query-keys';
import { useProfileAdapter } from './use-profile-adapter';

/**
 * A profile (TanStack Query result; `error` is a `ProfileError`): the signed-in viewer's own,
 * or, with `userId`, another user's (admins).
 */
export function useProfile(userId?: string) {
  const adapter = useProfileAdapter();
  return useQuery<Profile, ProfileError>({
    queryKey: profileKeys.profile(userId),
    queryFn: () => (userId === undefined ? adapter.getProfile() : adapter.getUser(userId)),
  });
}
