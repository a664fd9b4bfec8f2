import type { DeleteUserInput, SuspendUserInput } from '../../core/browser';
import { useDeletionStep, useProfileStep } from './use-lifecycle-step';

// Admin steps on another account (TanStack mutations; `error` is a `ProfileError`). Each
// refreshes the profile, its history and the user list. They are sent without a version: an
// admin's "suspend" is about the account, not about the edit they last saw (two admins at once
// get one success and one `invalid_state`).

/** Admin: suspends `userId` with a reason the holder sees. */
export function useSuspendUser(userId: string) {
  return useProfileStep<SuspendUserInput>(userId, (adapter, input) => adapter.suspendUser(userId, input));
}

/** Admin: lifts the suspension of `userId`. */
export function useReactivateUser(userId: string) {
  return useProfileStep<void>(userId, (adapter) => adapter.reactivateUser(userId));
}

/** Admin: erases `userId` now (`immediate`) or after the grace period (`scheduled`); an erased profile is not fetched again. */
export function useDeleteUser(userId: string) {
  return useDeletionStep<DeleteUserInput>(userId, (adapter, input) => adapter.deleteUser(userId, input));
}

/** Admin: cancels the scheduled erasure of `userId`. */
export function useCancelUserDeletion(userId: string) {
  return useProfileStep<void>(userId, (adapter) => adapter.cancelUserDeletion(userId));
}
