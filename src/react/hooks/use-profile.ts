import { useQuery } from '@tanstack/react-query';
import type { Profile, ProfileError } from '../../core';
import { profileKeys } from './query-keys';
import { useProfileAdapter } from './use-profile-adapter';

/** The signed-in viewer's own profile (TanStack Query result; `error` is a `ProfileError`). */
export function useProfile() {
  const adapter = useProfileAdapter();
  return useQuery<Profile, ProfileError>({ queryKey: profileKeys.me(), queryFn: () => adapter.getProfile() });
}
