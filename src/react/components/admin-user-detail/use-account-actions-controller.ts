import { useState } from 'react';
import type { DeleteUserInput, Profile, ProfileError, ViewerConfig } from '../../../core/browser';
import { invalidateAfterDeletion } from '../../hooks/invalidate-after-deletion';
import { accountStatus } from '../../i18n/locales/en/account-status';
import { users as english } from '../../i18n/locales/en/users';
import type { LazyKit } from '../../ui/lazy-kit';
import { useKitMessages } from '../../ui/use-kit-messages';
import { saveExport } from '../account-data-export/save-export';
import { describeLifecycleError } from '../account-status/describe-lifecycle-error';

/** The account actions of AdminUserDetail, each behind its own confirmation dialog. */
export type AccountStep = 'export' | 'suspend' | 'reactivate' | 'delete' | 'cancelDeletion';

export interface AccountActionsInput {
  userId: string;
  profile: Profile;
  config: ViewerConfig;
  /** The admin is looking at their own account: none of these steps is theirs to take here. */
  isSelf: boolean;
  /** The screen's polite live region. */
  announce: (message: string) => void;
  /** The account was erased now: the screen stops showing its profile. */
  onErased: () => void;
}

/**
 * Owns AdminUserDetail's account actions (a lazy part: everything shared comes from the `kit`):
 * which steps the config's `lifecycle.other` and the account's state offer, the open dialog and
 * what it holds (the suspension's reason, the deletion's mode), the step under way (the dialog
 * stays open, busy), then the outcome (announced, the dialog closed) or the failure (in the
 * dialog; on the reason when it is the reason; a refused state reloads the profile).
 */
export function useAccountActionsController(kit: LazyKit, { userId, profile, config, isSelf, announce, onErased }: AccountActionsInput) {
  const m = useKitMessages(kit, 'users', english).actions;
  const { rateLimited } = useKitMessages(kit, 'accountStatus', accountStatus);
  const { adapter, fmt } = kit;
  const [open, setOpen] = useState(false);
  const [step, setStep] = useState<AccountStep>('export');
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  const graceMs = config.lifecycle.deletionGraceMs;
  const [mode, setMode] = useState<DeleteUserInput['mode']>('scheduled');
  const name = profile.name || profile.email || profile.id;
  const rights = isSelf ? null : config.lifecycle.other;
  const suspended = profile.status === 'suspended';
  const pending = Boolean(profile.purgeAt);
  const offered: Record<AccountStep, boolean> = {
    export: Boolean(rights?.export),
    suspend: Boolean(rights?.suspend) && !suspended,
    reactivate: Boolean(rights?.suspend) && suspended,
    delete: Boolean(rights?.delete) && !pending,
    cancelDeletion: Boolean(rights?.delete) && pending,
  };

  const steps: Record<AccountStep, () => Promise<string | null>> = {
    export: async () => {
      const file = saveExport(await adapter.exportUser(userId));
      void kit.queryClient.invalidateQueries({ queryKey: kit.keys.audit(userId) });
      return fmt.format(m.exported, { file });
    },
    suspend: async () => {
      kit.afterWrite(await adapter.suspendUser(userId, { reason }), userId);
      return fmt.format(m.suspended, { name });
    },
    reactivate: async () => {
      kit.afterWrite(await adapter.reactivateUser(userId), userId);
      return fmt.format(m.reactivated, { name });
    },
    delete: async () => {
      const result = await adapter.deleteUser(userId, { mode });
      invalidateAfterDeletion(kit.queryClient, kit.keys, result, userId);
      if (!result.erased) return fmt.format(m.deletionScheduled, { name, date: fmt.dateTime(result.purgeAt) });
      onErased();
      return null; // the screen now says so, with focus on it
    },
    cancelDeletion: async () => {
      kit.afterWrite(await adapter.cancelUserDeletion(userId), userId);
      return fmt.format(m.deletionCancelled, { name });
    },
  };

  /** The dialog's submit: the step runs with the dialog open and busy, which closes once it is done. */
  const submit = async () => {
    if (running) return;
    setError(null);
    setReasonError(undefined);
    if (step === 'suspend' && reason.trim() === '') return setReasonError(m.reasonRequired);
    setRunning(true);
    try {
      const said = await steps[step]();
      setOpen(false);
      if (said) announce(said);
    } catch (caught) {
      const failure = caught as Partial<ProfileError> | null;
      if (failure?.code === 'invalid_state') void kit.queryClient.invalidateQueries({ queryKey: kit.keys.user(userId) });
      // The reason's rule is the server's (one line, at most 500 characters): its word, by id.
      const onReason = step === 'suspend' && failure?.code === 'validation' ? fmt.fieldErrors(failure).reason : undefined;
      if (onReason) setReasonError(onReason);
      else setError(describeLifecycleError(caught, fmt, rateLimited));
    } finally {
      setRunning(false);
    }
  };

  return {
    name,
    offered,
    open,
    step,
    /** Opens a step's dialog, its fields as new. */
    start: (next: AccountStep) => {
      if (running) return;
      setStep(next);
      setReason('');
      setReasonError(undefined);
      setError(null);
      setMode(graceMs > 0 ? 'scheduled' : 'immediate');
      setOpen(true);
    },
    cancel: () => {
      if (!running) setOpen(false);
    },
    submit,
    reason,
    setReason,
    reasonError,
    mode,
    setMode,
    graceMs,
    running,
    error,
    state: running ? 'busy' : error ? 'failed' : 'idle',
  };
}

export type AccountActionsController = ReturnType<typeof useAccountActionsController>;
