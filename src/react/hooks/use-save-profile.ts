import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { isProfileError, mergePatch, type Profile, type ProfilePatch } from '../../core/browser';
import { profileKeys } from './query-keys';
import { useProfileAdapter } from './use-profile-adapter';

export interface SaveProfileOptions {
  /** Whose profile: absent for the viewer's own, an id for another user's (admins). */
  userId?: string;
  /** Show the change in the cache at once and roll it back on failure (inline edits, toggles). Default `false`. */
  optimistic?: boolean;
  /** After every successful save, including an "overwrite with mine" after a conflict. */
  onSaved?: (profile: Profile) => void;
  /** After the user chose "keep theirs": the cache now holds `theirs`. */
  onKeepTheirs?: (theirs: Profile) => void;
  /**
   * After the user closed the conflict dialog without choosing (Escape, a click outside): the
   * cache now holds `theirs`, the edit stays the caller's, unsaved. Based on the old version, the
   * next save of it meets the conflict again.
   */
  onDismiss?: (conflict: VersionConflict) => void;
  /** When "overwrite with mine" fails (a direct `save` rejects instead). */
  onError?: (error: unknown) => void;
}

/** A save that hit a newer version: the patch the user made and the profile as it now is. */
export interface VersionConflict {
  patch: ProfilePatch;
  theirs: Profile;
}

export type SaveResult = { status: 'saved'; profile: Profile } | { status: 'conflict'; conflict: VersionConflict };

/** Invalidates what a write to `profile` makes stale beside the profile itself. */
export function useAfterWrite() {
  const queryClient = useQueryClient();
  return useCallback(
    (profile: Profile, userId?: string) => {
      queryClient.setQueryData(profileKeys.profile(userId), profile);
      void queryClient.invalidateQueries({ queryKey: profileKeys.audit(profile.id) });
      void queryClient.invalidateQueries({ queryKey: [...profileKeys.all, 'users'] });
    },
    [queryClient],
  );
}

/**
 * Saves profile patches against a version, never overwriting silently. Saves run one after the
 * other, so a second inline edit is based on the version the first produced. A
 * `version_conflict` fetches the current profile and parks the patch in `conflict` until the
 * user keeps theirs, overwrites with mine (retried on the new version) or dismisses it (the
 * edit stays unsaved, the conflict unresolved). Any other failure rejects with the
 * `ProfileError`, after rolling back an optimistic change.
 */
export function useSaveProfile({ userId, optimistic = false, onSaved, onKeepTheirs, onDismiss, onError }: SaveProfileOptions = {}) {
  const adapter = useProfileAdapter();
  const queryClient = useQueryClient();
  const afterWrite = useAfterWrite();
  const [conflict, setConflict] = useState<VersionConflict | null>(null);
  const [pending, setPending] = useState(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const callbacks = useRef({ onSaved, onKeepTheirs, onDismiss, onError });
  callbacks.current = { onSaved, onKeepTheirs, onDismiss, onError };
  const key = profileKeys.profile(userId);

  const run = useCallback(
    async (patch: ProfilePatch, version: number | undefined): Promise<SaveResult> => {
      const before = queryClient.getQueryData<Profile>(key);
      const base = version ?? before?.version;
      if (base === undefined) throw new Error('profilekit: save before the profile loaded');
      if (optimistic && before) {
        await queryClient.cancelQueries({ queryKey: key });
        queryClient.setQueryData(key, mergePatch(before, patch));
      }
      try {
        const profile = userId === undefined ? await adapter.updateProfile(patch, base) : await adapter.updateUser(userId, patch, base);
        afterWrite(profile, userId);
        callbacks.current.onSaved?.(profile);
        return { status: 'saved', profile };
      } catch (error) {
        if (optimistic && before) queryClient.setQueryData(key, before);
        if (!isProfileError(error) || error.code !== 'version_conflict') throw error;
        const theirs = userId === undefined ? await adapter.getProfile() : await adapter.getUser(userId);
        const found = { patch, theirs };
        setConflict(found);
        return { status: 'conflict', conflict: found };
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [adapter, queryClient, afterWrite, optimistic, userId],
  );

  const save = useCallback(
    (patch: ProfilePatch, version?: number): Promise<SaveResult> => {
      setPending((n) => n + 1);
      const result = queue.current.then(() => run(patch, version));
      queue.current = result.catch(() => undefined);
      return result.finally(() => setPending((n) => n - 1));
    },
    [run],
  );

  const keepTheirs = useCallback(() => {
    if (!conflict) return;
    queryClient.setQueryData(key, conflict.theirs);
    setConflict(null);
    callbacks.current.onKeepTheirs?.(conflict.theirs);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [conflict, queryClient, userId]);

  const dismiss = useCallback(() => {
    if (!conflict) return;
    queryClient.setQueryData(key, conflict.theirs);
    setConflict(null);
    callbacks.current.onDismiss?.(conflict);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [conflict, queryClient, userId]);

  const overwrite = useCallback((): Promise<SaveResult> => {
    if (!conflict) return Promise.reject(new Error('profilekit: no conflict to resolve'));
    setConflict(null);
    return save(conflict.patch, conflict.theirs.version).catch((error: unknown) => {
      callbacks.current.onError?.(error);
      throw error;
    });
  }, [conflict, save]);

  return { save, isSaving: pending > 0, conflict, keepTheirs, overwrite, dismiss };
}

export type ProfileSaver = ReturnType<typeof useSaveProfile>;
