import { useMutation } from '@tanstack/react-query';
import type { Profile, ProfileError, RequestEmailChangeInput, SetUserEmailInput } from '../../core/browser';
import { useAfterWrite } from './use-save-profile';
import { useProfileAdapter } from './use-profile-adapter';

/** Starts the viewer's email change (the address goes pending, a link is mailed). */
export function useRequestEmailChange() {
  const adapter = useProfileAdapter();
  const afterWrite = useAfterWrite();
  return useMutation<Profile, ProfileError, RequestEmailChangeInput>({
    mutationFn: (input) => adapter.requestEmailChange(input),
    onSuccess: (profile) => afterWrite(profile),
  });
}

/** Cancels the viewer's pending email change. */
export function useCancelEmailChange() {
  const adapter = useProfileAdapter();
  const afterWrite = useAfterWrite();
  return useMutation<Profile, ProfileError, void>({
    mutationFn: () => adapter.cancelEmailChange(),
    onSuccess: (profile) => afterWrite(profile),
  });
}

/** Admin: sets another user's email, pending or (`verified: true`) at once. */
export function useSetUserEmail(userId: string) {
  const adapter = useProfileAdapter();
  const afterWrite = useAfterWrite();
  return useMutation<Profile, ProfileError, SetUserEmailInput & { version?: number }>({
    mutationFn: ({ version, ...input }) => adapter.setUserEmail(userId, input, version),
    onSuccess: (profile) => afterWrite(profile, userId),
  });
}

/** Consumes an email verification token (the page a verification link opens). */
export function useConfirmEmailChange() {
  const adapter = useProfileAdapter();
  return useMutation<{ email: string }, ProfileError, string>({ mutationFn: (token) => adapter.confirmEmailChange(token) });
}
