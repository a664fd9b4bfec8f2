import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useId, useMemo, useState } from 'react';
import { createPatchSchema, type Profile, type SetUserEmailInput } from '../../../core/browser';
import { profileKeys } from '../../hooks/query-keys';
import { useProfileAdapter } from '../../hooks/use-profile-adapter';
import { useSaveProfile } from '../../hooks/use-save-profile';
import { useFormatters } from '../../i18n/use-formatters';
import type { LoadedProfile } from '../../ui/use-loaded-profile';
import type { DetailContext } from './detail-context';

/** `AdminUserDetail`'s root `data-state`; each row keeps its own (see `InlineField`). */
export type AdminUserDetailState = 'loading' | 'error' | 'ready' | 'erased';

/**
 * The screen's state once loaded: the one saver all rows share (the form's, with its conflict
 * dialog), the context they read, the live announcement and the failure of an "overwrite with mine".
 */
export function useAdminUserDetailController(userId: string, { config, access, isSelf }: LoadedProfile, onDeleted?: (userId: string) => void) {
  const fmt = useFormatters();
  const queryClient = useQueryClient();
  const adapter = useProfileAdapter();
  const idPrefix = `pk-aud${useId()}`;
  const [status, setStatus] = useState('');
  const [overwriteError, setOverwriteError] = useState<string | null>(null);
  const [erased, setErased] = useState(false);
  const saver = useSaveProfile({ userId, optimistic: true, onError: (error) => setOverwriteError(fmt.error(error)) });
  const schema = useMemo(() => createPatchSchema(config, access), [config, access]);
  // The same message twice in a row must be announced twice: make the text differ.
  const announce = useCallback((message: string) => {
    setOverwriteError(null);
    setStatus((previous) => (previous === message ? `${message}\u00a0` : message));
  }, []);
  const { saveSettled } = saver;
  const ctx = useMemo<DetailContext>(() => {
    const currentProfile = () => queryClient.getQueryData<Profile>(profileKeys.user(userId));
    return {
      userId,
      isSelf,
      config,
      schema,
      saveField: saveSettled,
      setEmail: (input: SetUserEmailInput, basedOn: number | undefined) =>
        saveSettled({ email: input.email }, basedOn, { write: (version) => adapter.setUserEmail(userId, input, version) }),
      currentProfile,
      currentVersion: () => currentProfile()?.version,
      announce,
    };
  }, [userId, isSelf, config, schema, saveSettled, adapter, queryClient, announce]);
  const onErased = () => {
    setErased(true);
    onDeleted?.(userId);
  };
  return { state: (erased ? 'erased' : 'ready') as AdminUserDetailState, erased, onErased, idPrefix, ctx, status, overwriteError, saver };
}

export type AdminUserDetailController = ReturnType<typeof useAdminUserDetailController>;
