import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AccountExport, ProfileError } from '../../core/browser';
import { profileKeys } from './query-keys';
import { useProfileAdapter } from './use-profile-adapter';

/**
 * Fetches an account's export (`AccountExport`, TanStack mutation; `error` is a `ProfileError`):
 * the viewer's own (`exportAccount`), or with `userId` another account's (admins:
 * `exportUser`). Each export is an audit entry, so the account's history is refreshed. It only
 * fetches the document: `AccountDataExport` also hands it to the browser as a file.
 */
export function useExportAccount(userId?: string) {
  const adapter = useProfileAdapter();
  const queryClient = useQueryClient();
  return useMutation<AccountExport, ProfileError, void>({
    mutationFn: () => (userId === undefined ? adapter.exportAccount() : adapter.exportUser(userId)),
    onSuccess: (document) => void queryClient.invalidateQueries({ queryKey: profileKeys.audit(document.account.id) }),
  });
}
