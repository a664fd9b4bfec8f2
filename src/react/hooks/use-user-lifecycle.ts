import { useMutation } from '@tanstack/react-query';
import type { DeleteUserInput, DeletionResult, Profile, ProfileError, SuspendUserInput } from '../../core/browser';
import { useAfterDeletion } from './use-after-deletion';
import { useAfterWrite } from './use-save-profile';
import { useProfileAdapter } from './use-profile-adapter';

// Admin steps on another account (TanStack mutations; `error` is a `ProfileError`). Each
// refreshes the profile, its history and the user list. They are sent without a version: an
// admin's "suspend" is about the account, not about the edit they last saw (two admins at once
// get one success and one `invalid_state`).

/** Admin: suspends `userId` with a reason the holder sees. */
export function useSuspendUser(userId: string) {
  const adapter = useProfileAdapter();
  const afterWrite = useAfterWrite();
  return useMutation<Profile, ProfileError, SuspendUserInput>({
    mutationFn: (input) => adapter.suspendUser(userId, input),
    onSuccess: (profile) => afterWrite(profile, userId),
  });
}

/** Admin: lifts the suspension of `userId`. */
export function useReactivateUser(userId: string) {
  const adapter = useProfileAdapter();
  const afterWrite = useAfterWrite();
  return useMutation<Profile, ProfileError, void>({
    mutationFn: () => adapter.reactivateUser(userId),
    onSuccess: (profile) => afterWrite(profile, userId),
  });
}

/** Admin: erases `userId` now (`immediate`) or after the grace period (`scheduled`). */
export function useDeleteUser(userId: string) {
  const adapter = useProfileAdapter();
  const afterDeletion = useAfterDeletion();
  return useMutation<DeletionResult, ProfileError, DeleteUserInput>({
    mutationFn: (input) => adapter.deleteUser(userId, input),
    onSuccess: (result) => afterDeletion(result, userId),
  });
}

/** Admin: cancels the scheduled erasure of `userId`. */
export function useCancelUserDeletion(userId: string) {
  const adapter = useProfileAdapter();
  const afterWrite = useAfterWrite();
  return useMutation<Profile, ProfileError, void>({
    mutationFn: () => adapter.cancelUserDeletion(userId),
    onSuccess: (profile) => afterWrite(profile, userId),
  });
}
