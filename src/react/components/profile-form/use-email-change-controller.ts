import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useForm } from 'react-hook-form';
import * as z from 'zod';
import { emailSchema, isProfileError, withIssue } from '../../../core/browser';
import { useCancelEmailChange, useRequestEmailChange } from '../../hooks/use-email-change';
import { issueResolver } from '../../i18n/issue-resolver';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import type { LoadedProfile } from '../../ui/use-loaded-profile';
import type { EmailChangeProps, EmailChangeState } from './email-change-props';
import type { EmailFormValues } from './email-inputs';

/** The email request's client check: the core's email rule, and a password to send at all. */
const emailFormSchema = z.object({ email: emailSchema, currentPassword: z.string().min(1, withIssue('required')) });
const FIELDS = ['email', 'currentPassword'] as const;

/**
 * Owns an EmailChange: the form (closed, open for a change or a resend), the request and the
 * cancel, focus, its `data-state` (which also says whether the email is editable and what runs).
 */
export function useEmailChangeController({ profile, access }: LoadedProfile, { onRequested, onCancelled }: EmailChangeProps) {
  const { common, profileForm: m } = useMessages();
  const fmt = useFormatters();
  const [open, setOpen] = useState<null | 'change' | 'resend'>(null);
  const [status, setStatus] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const [cancelError, setCancelError] = useState<string | null>(null);
  const request = useRequestEmailChange();
  const cancel = useCancelEmailChange();
  const bannerRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const focusAfter = useRef<'banner' | 'toggle' | null>(null);
  const form = useForm<EmailFormValues>({
    defaultValues: { email: '', currentPassword: '' },
    resolver: issueResolver(emailFormSchema, fmt),
    shouldFocusError: true,
  });

  const editable = Boolean(access.email?.editable);
  const pending = profile.pendingEmail ?? null;
  const state: EmailChangeState = !editable
    ? 'readonly'
    : request.isPending
      ? 'sending'
      : cancel.isPending
        ? 'cancelling'
        : open
          ? 'editing'
          : pending
            ? 'pending'
            : 'ready';

  // Focus follows what the user just did: into the form when it opens, onto the banner once a
  // link is sent, back to "Change email" when the form closes or the change is cancelled.
  useEffect(() => {
    if (open === 'change') form.setFocus('email');
    else if (open === 'resend') form.setFocus('currentPassword');
  }, [open, form]);
  useEffect(() => {
    // The banner may come a render later than the answer (when the profile cache updates).
    const target = focusAfter.current === 'banner' ? bannerRef.current : focusAfter.current === 'toggle' ? toggleRef.current : null;
    if (!target) return;
    target.focus();
    focusAfter.current = null;
  });

  /** Opens the form: empty for a change, with the pending address for a resend. */
  const openForm = (mode: 'change' | 'resend') => {
    setFormError(null);
    // A resend keeps "we sent a link" in the status line until the next one is sent.
    if (mode === 'change') setStatus('');
    form.reset({ email: mode === 'resend' ? (pending ?? '') : '', currentPassword: '' });
    setOpen(mode);
  };

  /** Closes the form, values dropped; `next` says what to announce (a cancelled change). */
  const close = (next?: string) => {
    setOpen(null);
    setFormError(null);
    form.reset();
    focusAfter.current = 'toggle';
    if (next !== undefined) setStatus(next);
  };

  /**
   * Escape cancels the form, as it cancels AdminUserDetail's inline edits. Only for a key
   * pressed inside the form itself (not in a portalled dialog that React bubbles here) and not
   * one a control or a dialog already handled; not while the request is on its way.
   */
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented || event.nativeEvent.isComposing || request.isPending) return;
    if (!event.currentTarget.contains(event.target as Node)) return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };

  const submit = form.handleSubmit(async ({ email, currentPassword }) => {
    if (request.isPending) return;
    setFormError(null);
    setStatus('');
    try {
      const next = await request.mutateAsync({ email, currentPassword });
      form.reset();
      setOpen(null);
      setStatus(fmt.format(m.email.sent, { email: next.pendingEmail ?? email }));
      focusAfter.current = 'banner';
      onRequested?.(next);
    } catch (error) {
      // The reasons that have a field to land on go there (focus on the first); others above the buttons.
      const code = isProfileError(error) ? error.code : null;
      const reasons: Partial<Record<(typeof FIELDS)[number], string>> | undefined =
        code === 'email_taken'
          ? { email: common.errors.email_taken }
          : code === 'invalid_current_password'
            ? { currentPassword: common.errors.invalid_current_password }
            : code === 'validation' && isProfileError(error)
              ? fmt.fieldErrors(error)
              : undefined;
      const named = FIELDS.filter((name) => reasons?.[name]);
      if (named.length === 0) setFormError(fmt.error(error));
      named.forEach((name, i) => form.setError(name, { type: 'server', message: reasons![name] }, { shouldFocus: i === 0 }));
    }
  });

  const cancelChange = () => {
    setCancelError(null);
    setStatus('');
    cancel.mutate(undefined, {
      onSuccess: (next) => {
        close(fmt.format(m.email.cancelled, { current: next.email ?? profile.email ?? '' }));
        onCancelled?.(next);
      },
      onError: (error) => setCancelError(fmt.error(error)),
    });
  };

  return { state, open, status, error: formError, cancelError, form, banner: bannerRef, toggle: toggleRef, openForm, close, onKeyDown, submit, cancel: cancelChange };
}
