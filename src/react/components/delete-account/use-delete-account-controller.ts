import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import { isProfileError } from '../../../core/browser';
import { profileKeys } from '../../hooks/query-keys';
import { useCancelDeletion, useScheduleDeletion } from '../../hooks/use-account-deletion';
import { account } from '../../i18n/locales/en/account';
import { useComponentMessages } from '../../i18n/use-component-messages';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import { focusIfLost } from '../../ui/focus-if-lost';
import type { LoadedProfile } from '../../ui/use-loaded-profile';
import { useLifecycleError } from '../account-status/use-lifecycle-error';
import { matchesConfirmWord } from './confirm-word';
import type { DeleteAccountProps, DeleteAccountState } from './delete-account-props';

export interface DeleteRequestValues {
  confirm: string;
  currentPassword: string;
}
export interface CancelDeletionValues {
  currentPassword: string;
}

/**
 * Owns a DeleteAccount: the confirmation form (the typed word gates the submit: a click on the
 * inert button and an early Enter send nothing), the scheduled erasure's date and its cancel
 * form, the erased end, where errors land, focus after each step, its `data-state`.
 */
export function useDeleteAccountController({ profile }: LoadedProfile, props: DeleteAccountProps) {
  const m = useComponentMessages('account', account).delete;
  const { password } = useMessages();
  const fmt = useFormatters();
  const describe = useLifecycleError();
  const queryClient = useQueryClient();
  const schedule = useScheduleDeletion();
  const cancel = useCancelDeletion();
  const ids = useId();
  const [open, setOpen] = useState(false);
  const [erased, setErased] = useState(false);
  /** The date the server answered, until the profile reloads with it (its version moves on). */
  const [scheduled, setScheduled] = useState<{ purgeAt: string; version: number } | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const request = useForm<DeleteRequestValues>({ defaultValues: { confirm: '', currentPassword: '' }, mode: 'onSubmit', reValidateMode: 'onChange' });
  const cancelForm = useForm<CancelDeletionValues>({ defaultValues: { currentPassword: '' }, mode: 'onSubmit', reValidateMode: 'onChange' });
  const typed = useWatch({ control: request.control, name: 'confirm' });
  const confirmed = matchesConfirmWord(typed, m.confirmWord, fmt.locale);
  const purgeAt = profile.purgeAt ?? (scheduled?.version === profile.version ? scheduled.purgeAt : null);

  const refs = { opener: useRef<HTMLButtonElement>(null), scheduled: useRef<HTMLDivElement>(null), erased: useRef<HTMLParagraphElement>(null), status: useRef<HTMLParagraphElement>(null) };
  /** Where focus goes after the next render: the form's first field, the opener, the new panel. */
  const focusNext = useRef<(() => void) | null>(null);
  useEffect(() => {
    const focus = focusNext.current;
    focusNext.current = null;
    focus?.();
  });

  const registrations = {
    confirm: request.register('confirm', { validate: (value) => matchesConfirmWord(value, m.confirmWord, fmt.locale) || fmt.format(m.confirmMismatch, { word: m.confirmWord }) }),
    password: request.register('currentPassword', { required: m.passwordRequired }),
    cancelPassword: cancelForm.register('currentPassword', { required: m.passwordRequired }),
  };

  /** A failed step: a wrong password on its field, the rest in the alert (a refused state reloads the profile, which shows the real one). */
  const fail = (form: UseFormReturn<DeleteRequestValues> | UseFormReturn<CancelDeletionValues>, error: unknown) => {
    if (isProfileError(error) && error.code === 'invalid_current_password') {
      (form as UseFormReturn<CancelDeletionValues>).setError('currentPassword', { type: 'server', message: password.wrongCurrent }, { shouldFocus: true });
      return;
    }
    if (isProfileError(error) && error.code === 'invalid_state') void queryClient.invalidateQueries({ queryKey: profileKeys.me() });
    setAlert(describe(error));
  };

  const submitRequest = request.handleSubmit(async ({ currentPassword }) => {
    if (schedule.isPending) return;
    setAlert(null);
    setStatus(null);
    try {
      const result = await schedule.mutateAsync({ currentPassword });
      request.reset();
      setOpen(false);
      if (result.erased) {
        setErased(true);
        focusNext.current = () => refs.erased.current?.focus();
        props.onErased?.();
      } else {
        setScheduled({ purgeAt: result.purgeAt, version: profile.version });
        focusNext.current = () => refs.scheduled.current?.focus();
        props.onScheduled?.(result);
      }
    } catch (error) {
      fail(request, error);
    }
  });

  const submitCancel = cancelForm.handleSubmit(async ({ currentPassword }) => {
    if (cancel.isPending) return;
    setAlert(null);
    try {
      const now = await cancel.mutateAsync({ currentPassword });
      cancelForm.reset();
      setScheduled(null);
      setStatus(m.cancelled);
      focusIfLost(() => refs.status.current);
      props.onCancelled?.(now);
    } catch (error) {
      fail(cancelForm, error);
    }
  });

  const openForm = () => {
    setOpen(true);
    setAlert(null);
    setStatus(null);
    focusNext.current = () => request.setFocus('confirm');
  };
  const closeForm = () => {
    setOpen(false);
    setAlert(null);
    request.reset();
    focusNext.current = () => refs.opener.current?.focus();
  };

  /** The inert submit was pressed: each field says what it lacks, focus on the first. */
  const showMissing = () => void request.trigger(undefined, { shouldFocus: true });

  const busy = schedule.isPending || cancel.isPending;
  const state: DeleteAccountState = erased
    ? 'erased'
    : busy
      ? schedule.isPending
        ? 'deleting'
        : 'cancelling'
      : alert
        ? 'failed'
        : purgeAt
          ? 'scheduled'
          : open
            ? 'confirming'
            : 'idle';
  const fieldIds = { form: `${ids}form`, confirm: `${ids}confirm`, password: `${ids}password`, cancelPassword: `${ids}cancel` };
  return {
    state,
    open,
    erased,
    purgeAt,
    confirmed,
    busy,
    alert,
    status,
    refs,
    ids: fieldIds,
    registrations,
    errors: { confirm: request.formState.errors.confirm?.message, password: request.formState.errors.currentPassword?.message, cancelPassword: cancelForm.formState.errors.currentPassword?.message },
    openForm,
    closeForm,
    showMissing,
    submitRequest,
    submitCancel,
  };
}

export type DeleteAccountController = ReturnType<typeof useDeleteAccountController>;
