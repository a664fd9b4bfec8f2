import { useMutation } from '@tanstack/react-query';
import type { DeletionResult, Profile, ProfileError, ReauthenticateInput } from '../../core/browser';
import { useAfterDeletion } from './use-after-deletion';
import { useAfterWrite } from './use-save-profile';
import { useProfileAdapter } from './use-profile-adapter';

/**
 * Schedules the erasure of the viewer's own account, with their current password (TanStack
 * mutation; `error` is a `ProfileError`). Resolves to `{ purgeAt, erased }`: with a grace period
 * of 0 the account is gone at once (`erased: true`) and the host should sign the viewer out.
 * Sent without a version: the step applies to the account as it is.
 */
export function useScheduleDeletion() {
  const adapter = useProfileAdapter();
  const afterDeletion = useAfterDeletion();
  return useMutation<DeletionResult, ProfileError, ReauthenticateInput>({
    mutationFn: (input) => adapter.scheduleDeletion(input),
    onSuccess: (result) => afterDeletion(result),
  });
}

/** Cancels the viewer's scheduled erasure, with their current password; resolves to the profile, `active` again. */
export function useCancelDeletion() {
  const adapter = useProfileAdapter();
  const afterWrite = useAfterWrite();
  return useMutation<Profile, ProfileError, ReauthenticateInput>({
    mutationFn: (input) => adapter.cancelDeletion(input),
    onSuccess: (profile) => afterWrite(profile),
  });
}
