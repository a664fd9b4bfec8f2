import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { isProfileError, type Profile, type ProfilePatch, type SetUserEmailInput } from '../../../core/browser';
import { useSetUserEmail } from '../../hooks/use-email-change';
import { profileKeys } from '../../hooks/query-keys';
import { useProfileAdapter } from '../../hooks/use-profile-adapter';
import { useSaveProfile } from '../../hooks/use-save-profile';
import type { ConflictChoice } from '../../ui/version-conflict-dialog';

/**
 * How an inline save ended: saved (also after "overwrite with mine"), or it met someone else's
 * change and the admin kept theirs, or closed the conflict dialog without choosing (the edit
 * is still the row's, unsaved; its next save meets the conflict again).
 */
export type InlineSaveResult = { status: 'saved'; profile: Profile } | { status: 'kept-theirs' } | { status: 'dismissed' };

/** How an email change ended: as an inline save. */
export type EmailResult = InlineSaveResult;

/** An email change that met a newer version: what `VersionConflictDialog` takes. */
export interface EmailConflictSaver extends ConflictChoice {
  conflict: { patch: { email: string }; theirs: Profile } | null;
}

const noop = () => undefined;
/** The dialog's saver while no email change waits: closed. */
const NO_CONFLICT: EmailConflictSaver = { conflict: null, keepTheirs: noop, dismiss: noop, overwrite: async () => undefined };

interface Waiting {
  resolve: (result: InlineSaveResult) => void;
  reject: (error: unknown) => void;
}

/**
 * The saves of one user's inline edits, one after the other. Each edit is based on the
 * version the profile had when editing started, moved on by this screen's own saves only: so
 * two quick edits never conflict with each other, while a change someone else made meanwhile
 * (even one a refetch already brought in) is a version conflict, never a silent overwrite.
 */
export function useInlineSaver(userId: string, { onOverwriteError }: { onOverwriteError?: (error: unknown) => void } = {}) {
  const queryClient = useQueryClient();
  const adapter = useProfileAdapter();
  /** The save whose conflict the dialog shows: it settles with the admin's choice. */
  const waiting = useRef<Waiting | null>(null);
  const settle = (outcome: (w: Waiting) => void) => {
    const w = waiting.current;
    waiting.current = null;
    if (w) outcome(w);
  };
  const saver = useSaveProfile({
    userId,
    optimistic: true,
    // While a conflict waits, the queue holds every other save: a save now is its overwrite.
    onSaved: (profile) => settle((w) => w.resolve({ status: 'saved', profile })),
    onKeepTheirs: () => settle((w) => w.resolve({ status: 'kept-theirs' })),
    onDismiss: () => settle((w) => w.resolve({ status: 'dismissed' })),
    onError: (error) => {
      onOverwriteError?.(error);
      settle((w) => w.reject(error));
    },
  });
  const setUserEmail = useSetUserEmail(userId);
  const setUserEmailAsync = useRef(setUserEmail.mutateAsync);
  setUserEmailAsync.current = setUserEmail.mutateAsync;
  /** Version before -> version after, for every save this screen made. */
  const ownSaves = useRef(new Map<number, number>());
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [emailConflict, setEmailConflict] = useState<EmailConflictSaver | null>(null);
  const { save } = saver;

  const currentProfile = useCallback(() => queryClient.getQueryData<Profile>(profileKeys.user(userId)), [queryClient, userId]);
  const currentVersion = useCallback(() => currentProfile()?.version, [currentProfile]);

  const enqueue = useCallback(<T,>(work: () => Promise<T>): Promise<T> => {
    const run = queue.current.then(work);
    queue.current = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }, []);

  /** The version to send for an edit based on `basedOn`: past this screen's own later saves. */
  const latest = useCallback((basedOn: number | undefined): number | undefined => {
    let version = basedOn;
    const seen = new Set<number>();
    while (version !== undefined && ownSaves.current.has(version) && !seen.has(version)) {
      seen.add(version);
      version = ownSaves.current.get(version);
    }
    return version;
  }, []);

  /**
   * Saves a patch (optimistically) based on `basedOn`; rejects with the `ProfileError` on
   * failure. A conflict settles with the admin's choice in the dialog.
   */
  const saveField = useCallback(
    (patch: ProfilePatch, basedOn: number | undefined): Promise<InlineSaveResult> =>
      enqueue(async () => {
        const base = latest(basedOn);
        const result = await save(patch, base);
        if (result.status === 'conflict') return new Promise<InlineSaveResult>((resolve, reject) => (waiting.current = { resolve, reject }));
        if (base !== undefined) ownSaves.current.set(base, result.profile.version);
        return result;
      }),
    [enqueue, latest, save],
  );

  /**
   * Sets the user's email based on `basedOn`. A version conflict opens the conflict dialog and
   * the promise waits for the admin's choice: "keep theirs" resolves `kept-theirs`, "overwrite"
   * retries on the new version (and settles with that outcome).
   */
  const setEmail = useCallback(
    (input: SetUserEmailInput, basedOn: number | undefined): Promise<EmailResult> => {
      const attempt = async (base: number | undefined): Promise<EmailResult> => {
        try {
          const profile = await setUserEmailAsync.current({ ...input, version: base });
          if (base !== undefined) ownSaves.current.set(base, profile.version);
          return { status: 'saved', profile };
        } catch (error) {
          if (!isProfileError(error) || error.code !== 'version_conflict') throw error;
          const theirs = await adapter.getUser(userId);
          return new Promise<EmailResult>((resolve, reject) =>
            setEmailConflict({
              // The dialog compares the paths of a patch; `email` is not a patch field but reads the same way.
              conflict: { patch: { email: input.email }, theirs },
              keepTheirs: () => {
                setEmailConflict(null);
                queryClient.setQueryData(profileKeys.user(userId), theirs);
                resolve({ status: 'kept-theirs' });
              },
              dismiss: () => {
                setEmailConflict(null);
                queryClient.setQueryData(profileKeys.user(userId), theirs);
                resolve({ status: 'dismissed' });
              },
              overwrite: () => {
                setEmailConflict(null);
                const retry = attempt(theirs.version);
                retry.then(resolve, reject);
                // The dialog only waits on it; the email row hears the outcome through `resolve`.
                return retry;
              },
            }),
          );
        }
      };
      return enqueue(() => attempt(latest(basedOn)));
    },
    [enqueue, latest, adapter, userId, queryClient],
  );

  const emailConflictSaver = emailConflict ?? NO_CONFLICT;

  return { saver, saveField, setEmail, emailConflictSaver, currentProfile, currentVersion };
}
