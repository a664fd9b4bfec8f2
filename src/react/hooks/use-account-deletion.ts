import type { ReauthenticateInput } from '../../core/browser';
import { useDeletionStep, useProfileStep } from './use-lifecycle-step';

/**
 * Schedules the erasure of the viewer's own account, with their current password (TanStack
 * mutation; `error` is a `ProfileError`). Resolves to `{ purgeAt, erased }`: with a grace period
 * of 0 the account is gone at once (`erased: true`) and the host should sign the viewer out.
 * Sent without a version: the step applies to the account as it is.
 */
export function useScheduleDeletion() {
  return useDeletionStep<ReauthenticateInput>(undefined, (adapter, input) => adapter.scheduleDeletion(input));
}

/** Cancels the viewer's scheduled erasure, with their current password; resolves to the profile, `active` again. */
export function useCancelDeletion() {
  return useProfileStep<ReauthenticateInput>(undefined, (adapter, input) => adapter.cancelDeletion(input));
}
