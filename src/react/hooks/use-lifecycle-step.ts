import { useMutation } from '@tanstack/react-query';
import type { DeletionResult, Profile, ProfileAdapter, ProfileError } from '../../core/browser';
import { useAfterDeletion } from './use-after-deletion';
import { useAfterWrite } from './use-save-profile';
import { useProfileAdapter } from './use-profile-adapter';

/**
 * A lifecycle step that answers with the profile (suspend, reactivate, cancel a deletion), as a
 * TanStack mutation: the cache gets the profile, its history and the user list are refreshed.
 * `userId` absent: the viewer's own account.
 */
export function useProfileStep<I>(userId: string | undefined, step: (adapter: ProfileAdapter, input: I) => Promise<Profile>) {
  const adapter = useProfileAdapter();
  const afterWrite = useAfterWrite();
  return useMutation<Profile, ProfileError, I>({
    mutationFn: (input) => step(adapter, input),
    onSuccess: (profile) => afterWrite(profile, userId),
  });
}

/** A step that schedules or carries out an erasure (`{ purgeAt, erased }`): see `useAfterDeletion`. */
export function useDeletionStep<I>(userId: string | undefined, step: (adapter: ProfileAdapter, input: I) => Promise<DeletionResult>) {
  const adapter = useProfileAdapter();
  const afterDeletion = useAfterDeletion();
  return useMutation<DeletionResult, ProfileError, I>({
    mutationFn: (input) => step(adapter, input),
    onSuccess: (result) => afterDeletion(result, userId),
  });
}
