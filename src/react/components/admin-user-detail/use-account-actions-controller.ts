import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { isProfileError, suspensionReasonSchema, type DeleteUserInput, type Profile, type ViewerConfig } from '../../../core/browser';
import { profileKeys } from '../../hooks/query-keys';
import { useExportAccount } from '../../hooks/use-export-account';
import { useCancelUserDeletion, useDeleteUser, useReactivateUser, useSuspendUser } from '../../hooks/use-user-lifecycle';
import { users as english } from '../../i18n/locales/en/users';
import { useComponentMessages } from '../../i18n/use-component-messages';
import { useFormatters } from '../../i18n/use-formatters';
import { focusIfLost } from '../../ui/focus-if-lost';
import { saveExport } from '../account-data-export/save-export';
import { useLifecycleError } from '../account-status/use-lifecycle-error';

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
 * Owns AdminUserDetail's account actions: which the config's `lifecycle.other` and the account's
 * state offer, which dialog is open and what it holds (the suspension's reason, the deletion's
 * mode), the step under way (its button busy), the outcome (announced) or the failure (an alert;
 * a refused state reloads the profile), focus afterwards.
 */
export function useAccountActionsController({ userId, profile, config, isSelf, announce, onErased }: AccountActionsInput) {
  const m = useComponentMessages('users', english).actions;
  const fmt = useFormatters();
  const describe = useLifecycleError();
  const queryClient = useQueryClient();
  const exporter = useExportAccount(userId);
  const suspend = useSuspendUser(userId);
  const reactivate = useReactivateUser(userId);
  const erase = useDeleteUser(userId);
  const cancelDeletion = useCancelUserDeletion(userId);
  const [dialog, setDialog] = useState<AccountStep | null>(null);
  const [running, setRunning] = useState<AccountStep | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  const graceMs = config.lifecycle.deletionGraceMs;
  const [mode, setMode] = useState<DeleteUserInput['mode']>('scheduled');
  const group = useRef<HTMLDivElement>(null);
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

  const run = async (step: AccountStep, action: () => Promise<string | null>) => {
    if (running) return;
    setError(null);
    setRunning(step);
    try {
      const said = await action();
      if (said) announce(said);
    } catch (caught) {
      if (isProfileError(caught) && caught.code === 'invalid_state') void queryClient.invalidateQueries({ queryKey: profileKeys.user(userId) });
      setError(describe(caught));
    } finally {
      setRunning(null);
      // The button pressed may have given way to its opposite (Suspend… / Reactivate…).
      focusIfLost(() => group.current?.querySelector<HTMLElement>('button'));
    }
  };

  const steps = {
    export: () => run('export', async () => fmt.format(m.exported, { file: saveExport(await exporter.mutateAsync()) })),
    suspend: (reason: string) =>
      run('suspend', async () => {
        await suspend.mutateAsync({ reason });
        return fmt.format(m.suspended, { name });
      }),
    reactivate: () =>
      run('reactivate', async () => {
        await reactivate.mutateAsync();
        return fmt.format(m.reactivated, { name });
      }),
    delete: (mode: 'scheduled' | 'immediate') =>
      run('delete', async () => {
        const result = await erase.mutateAsync({ mode });
        if (!result.erased) return fmt.format(m.deletionScheduled, { name, date: fmt.dateTime(result.purgeAt) });
        onErased();
        return null; // the screen now says so, with focus on it
      }),
    cancelDeletion: () =>
      run('cancelDeletion', async () => {
        await cancelDeletion.mutateAsync();
        return fmt.format(m.deletionCancelled, { name });
      }),
  };

  /** Opens a step's dialog, its fields as new. */
  const open = (step: AccountStep) => {
    if (running) return;
    setReason('');
    setReasonError(undefined);
    setMode(graceMs > 0 ? 'scheduled' : 'immediate');
    setDialog(step);
  };
  /** The suspend or delete dialog's submit: its value checked, the dialog closed, the step run. */
  const submit = (step: 'suspend' | 'delete') => {
    if (step === 'delete') {
      setDialog(null);
      return void steps.delete(mode);
    }
    // The server's rule, from the core: one line, 1 to 500 characters.
    const parsed = suspensionReasonSchema.safeParse(reason);
    if (!parsed.success) return setReasonError(reason.trim() === '' ? m.reasonRequired : fmt.fieldError(parsed.error.issues[0]!));
    setDialog(null);
    void steps.suspend(parsed.data);
  };

  return {
    name,
    offered,
    dialog,
    open,
    setDialog,
    submit,
    reason,
    setReason,
    reasonError,
    mode,
    setMode,
    running,
    error,
    group,
    steps,
    graceMs,
    state: running ? 'busy' : error ? 'failed' : 'idle',
  };
}

export type AccountActionsController = ReturnType<typeof useAccountActionsController>;
