import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { get, useForm, useFormState, type Control, type UseFormRegister } from 'react-hook-form';
import * as z from 'zod';
import { emailSchema, isProfileError, withIssue, type FieldAccessMap, type Profile, type ViewerConfig } from '../../../core/browser';
import { useCancelEmailChange, useRequestEmailChange } from '../../hooks/use-email-change';
import { useFormatters } from '../../i18n/use-formatters';
import { issueResolver } from '../../i18n/issue-resolver';
import { useMessages } from '../../i18n/use-messages';
import { cx } from '../../ui/class-names';
import { FieldShell } from '../../ui/field-shell';
import { FormAlert } from '../../ui/form-alert';
import { LiveStatus } from '../../ui/live-status';
import type { EmailChangeProps, EmailChangeState } from './email-change';
import { EmailField } from './email-field';
import { PendingEmailBanner } from './pending-email-banner';
import { useReportState } from '../../ui/use-report-state';

export interface EmailChangeViewProps extends EmailChangeProps {
  profile: Profile;
  config: ViewerConfig;
  access: FieldAccessMap;
}

/** The loaded EmailChange, for a parent that already holds the viewer's profile and config (ProfileForm). */
export function EmailChangeView({ className, ...props }: EmailChangeViewProps) {
  const [state, setState] = useState<EmailChangeState>('ready');
  return (
    <div className={cx('pk-root pk-email-change', className)} data-pk-component="email-change" data-state={state}>
      <EmailChangePanel {...props} onStateChange={setState} />
    </div>
  );
}

export interface EmailChangePanelProps extends Omit<EmailChangeProps, 'className'> {
  profile: Profile;
  config: ViewerConfig;
  access: FieldAccessMap;
  onStateChange: (state: EmailChangeState) => void;
}

interface EmailFormValues {
  email: string;
  currentPassword: string;
}

type EmailFormControl = Control<EmailFormValues, unknown, EmailFormValues>;

/** The email request's client check: the core's email rule, and a password to send at all. */
const emailFormSchema = z.object({ email: emailSchema, currentPassword: z.string().min(1, withIssue('required')) });

export function EmailChangePanel({ profile, config, access, onRequested, onCancelled, onStateChange }: EmailChangePanelProps) {
  const { common, profileForm: m } = useMessages();
  const fmt = useFormatters();
  const id = useId();
  const ids = { email: `${id}current`, newEmail: `${id}new`, password: `${id}password`, form: `${id}form` };
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

  const emailAccess = access.email;
  const editable = Boolean(emailAccess?.editable);
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
  useReportState(state, onStateChange);

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

  const close = () => {
    setOpen(null);
    setFormError(null);
    form.reset();
    focusAfter.current = 'toggle';
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
      const code = isProfileError(error) ? error.code : null;
      if (code === 'email_taken') {
        form.setError('email', { type: 'server', message: common.errors.email_taken }, { shouldFocus: true });
      } else if (code === 'invalid_current_password') {
        form.setError('currentPassword', { type: 'server', message: common.errors.invalid_current_password }, { shouldFocus: true });
      } else if (code === 'validation' && isProfileError(error) && error.fields && (error.fields.email || error.fields.currentPassword)) {
        const [first] = (['email', 'currentPassword'] as const).filter((name) => error.fields?.[name]);
        for (const name of ['email', 'currentPassword'] as const) {
          const message = fmt.fieldErrors(error)[name];
          if (message) form.setError(name, { type: 'server', message }, { shouldFocus: name === first });
        }
      } else {
        setFormError(fmt.error(error));
      }
    }
  });

  const cancelChange = () => {
    setCancelError(null);
    setStatus('');
    cancel.mutate(undefined, {
      onSuccess: (next) => {
        setStatus(fmt.format(m.email.cancelled, { current: next.email ?? profile.email ?? '' }));
        setOpen(null);
        form.reset();
        focusAfter.current = 'toggle';
        onCancelled?.(next);
      },
      onError: (error) => setCancelError(fmt.error(error)),
    });
  };

  return (
    <>
      <EmailField
        id={ids.email}
        label={config.fields.email?.label ?? m.email.title}
        help={config.fields.email?.help}
        email={profile.email ?? ''}
        verified={access.emailVerified?.visible ? profile.emailVerified : undefined}
        reason={editable ? null : 'not-permitted'}
      />
      {pending && editable ? (
        <PendingEmailBanner
          ref={bannerRef}
          pendingEmail={pending}
          currentEmail={profile.email ?? ''}
          cancelling={cancel.isPending}
          error={cancelError}
          onResend={() => {
            setFormError(null);
            form.reset({ email: pending, currentPassword: '' });
            setOpen('resend');
          }}
          onCancel={cancelChange}
        />
      ) : null}
      <LiveStatus tone={status ? 'success' : 'neutral'}>{status}</LiveStatus>
      {editable && !open ? (
        <div className="pk-actions pk-email-change-actions">
          <button
            ref={toggleRef}
            type="button"
            className="pk-button"
            aria-expanded="false"
            aria-controls={ids.form}
            onClick={() => {
              setStatus('');
              form.reset({ email: '', currentPassword: '' });
              setOpen('change');
            }}
          >
            {m.email.change}
          </button>
        </div>
      ) : null}
      {editable && open ? (
        <form id={ids.form} className="pk-email-form" noValidate onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown} data-pk-form="email-change">
          {open === 'resend' && pending ? <p className="pk-help">{fmt.format(m.email.resendHelp, { email: pending })}</p> : null}
          <EmailInputs ids={ids} control={form.control} register={form.register} />
          <FormAlert message={formError} />
          <div className="pk-actions">
            <button type="button" className="pk-button" onClick={close}>
              {common.cancel}
            </button>
            <button type="submit" className="pk-button pk-button--primary" aria-disabled={request.isPending ? 'true' : undefined}>
              {request.isPending ? m.email.sending : m.email.submit}
            </button>
          </div>
        </form>
      ) : null}
    </>
  );
}

function EmailInputs({ ids, control, register }: { ids: { newEmail: string; password: string }; control: EmailFormControl; register: UseFormRegister<EmailFormValues> }) {
  const { profileForm: m } = useMessages();
  const fmt = useFormatters();
  const { errors } = useFormState({ control });
  const error = (name: keyof EmailFormValues) => {
    const message = (get(errors, name) as { message?: string } | undefined)?.message;
    return message ? fmt.fieldError(message) : undefined;
  };
  return (
    <>
      <FieldShell id={ids.newEmail} label={m.email.newEmail} required error={error('email')}>
        {(control) => <input {...control} {...register('email')} className="pk-input" type="email" autoComplete="email" inputMode="email" spellCheck={false} dir="ltr" />}
      </FieldShell>
      <FieldShell id={ids.password} label={m.email.currentPassword} help={m.email.passwordHelp} required error={error('currentPassword')}>
        {(control) => <input {...control} {...register('currentPassword')} className="pk-input" type="password" autoComplete="current-password" />}
      </FieldShell>
    </>
  );
}
