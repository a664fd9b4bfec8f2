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

/**
 * A save that hit a newer version: the change the user made (a profile patch, or the `email`
 * of a change written by its own `write`) and the profile as it now is.
 */
export interface VersionConflict {
  patch: ProfilePatch & { email?: string };
  theirs: Profile;
}

export type SaveResult = { status: 'saved'; profile: Profile } | { status: 'conflict'; conflict: VersionConflict };

/**
 * How a `saveSettled` ended: saved (also after "overwrite with mine"), or it met a conflict and
 * the user kept theirs, or closed the dialog without choosing (the edit stays unsaved).
 */
export type SettledSave = { status: 'saved'; profile: Profile } | { status: 'kept-theirs' } | { status: 'dismissed' };

export interface SaveWriteOptions {
  /** Writes the change instead of a profile update (an admin's email change); never optimistic. */
  write?: (version: number) => Promise<Profile>;
}

type Settle = { resolve: (result: SettledSave) => void; reject: (error: unknown) => void };
/** One save: what it writes, and (a `saveSettled`) what the user's answer to its conflict settles. */
type Job = SaveWriteOptions & { patch: VersionConflict['patch']; settle?: Settle };

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
 *
 * `saveSettled` is the same save for callers that wait for the user's choice: its promise
 * settles once the conflict is answered, and the queue waits with it.
 */
export function useSaveProfile(options: SaveProfileOptions = {}) {
  const { userId, optimistic = false } = options;
  const adapter = useProfileAdapter();
  const queryClient = useQueryClient();
  const afterWrite = useAfterWrite();
  const [conflict, setConflict] = useState<(VersionConflict & Job) | null>(null);
  const [pending, setPending] = useState(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  /** Version before -> version after, for every save this saver made. */
  const ownSaves = useRef(new Map<number, number>());
  const callbacks = useRef(options);
  callbacks.current = options;
  const key = profileKeys.profile(userId);

  const run = useCallback(
    async (job: Job, version: number | undefined): Promise<SaveResult> => {
      const { patch, write } = job;
      const before = queryClient.getQueryData<Profile>(key);
      const base = version ?? before?.version;
      if (base === undefined) throw new Error('profilekit: save before the profile loaded');
      const merged = optimistic && before && !write;
      if (merged) {
        await queryClient.cancelQueries({ queryKey: key });
        queryClient.setQueryData(key, mergePatch(before, patch));
      }
      try {
        const profile = await (write ? write(base) : userId === undefined ? adapter.updateProfile(patch, base) : adapter.updateUser(userId, patch, base));
        ownSaves.current.set(base, profile.version);
        afterWrite(profile, userId);
        callbacks.current.onSaved?.(profile);
        return { status: 'saved', profile };
      } catch (error) {
        if (merged) queryClient.setQueryData(key, before);
        if (!isProfileError(error) || error.code !== 'version_conflict') throw error;
        const found = { ...job, theirs: userId === undefined ? await adapter.getProfile() : await adapter.getUser(userId) };
        setConflict(found);
        return { status: 'conflict', conflict: found };
      }
    },
    [adapter, queryClient, afterWrite, optimistic, userId],
  );

  /** Queues a save; `wait` (a `saveSettled`) holds the queue and the promise until the user answered a conflict. */
  const enqueue = useCallback(
    <T,>(patch: VersionConflict['patch'], version: number | undefined, write: SaveWriteOptions['write'], wait?: boolean): Promise<T> => {
      setPending((n) => n + 1);
      const result = queue.current.then(
        () =>
          new Promise<T>((resolve, reject) => {
            // Versions only grow, so this walk ends.
            while (wait && version !== undefined && ownSaves.current.has(version)) version = ownSaves.current.get(version);
            const settle = wait ? { resolve: resolve as Settle['resolve'], reject } : undefined;
            run({ patch, write, settle }, version).then((r) => (!wait || r.status === 'saved') && resolve(r as T), reject);
          }),
      );
      queue.current = result.catch(() => undefined);
      return result.finally(() => setPending((n) => n - 1));
    },
    [run],
  );

  const save = useCallback(
    (patch: VersionConflict['patch'], version?: number, { write }: SaveWriteOptions = {}) => enqueue<SaveResult>(patch, version, write),
    [enqueue],
  );

  /**
   * Saves like `save`, based on `basedOn` moved past this saver's own later saves (two quick
   * edits never conflict with each other; someone else's change does). A conflict holds the
   * queue and settles with the user's choice.
   */
  const saveSettled = useCallback(
    (patch: VersionConflict['patch'], basedOn: number | undefined, { write }: SaveWriteOptions = {}) => enqueue<SettledSave>(patch, basedOn, write, true),
    [enqueue],
  );

  const answer = (kind: 'kept-theirs' | 'dismissed') => {
    if (!conflict) return;
    queryClient.setQueryData(key, conflict.theirs);
    setConflict(null);
    if (kind === 'kept-theirs') callbacks.current.onKeepTheirs?.(conflict.theirs);
    else callbacks.current.onDismiss?.(conflict);
    conflict.settle?.resolve({ status: kind });
  };
  const keepTheirs = useCallback(() => answer('kept-theirs'), [conflict, queryClient, userId]);
  const dismiss = useCallback(() => answer('dismissed'), [conflict, queryClient, userId]);

  const overwrite = useCallback((): Promise<SaveResult> => {
    if (!conflict) return Promise.reject(new Error('profilekit: no conflict to resolve'));
    setConflict(null);
    const { patch, theirs, write, settle } = conflict;
    // A settled save holds the queue until this choice: its retry runs in its place.
    return (settle ? run(conflict, theirs.version) : save(patch, theirs.version, { write })).then(
      (result) => {
        if (result.status === 'saved') settle?.resolve(result);
        return result;
      },
      (error: unknown) => {
        callbacks.current.onError?.(error);
        settle?.reject(error);
        throw error;
      },
    );
  }, [conflict, run, save]);

  return { save, saveSettled, isSaving: pending > 0, conflict, keepTheirs, overwrite, dismiss };
}

export type ProfileSaver = ReturnType<typeof useSaveProfile>;
