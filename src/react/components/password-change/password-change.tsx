import { useId, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import * as z from 'zod';
import { checkPasswordPolicy, isProfileError, normalizePassword, type PasswordContext, type Profile, type ViewerConfig } from '../../../core/browser';
import { useChangePassword } from '../../hooks/use-change-password';
import { useFieldAccess } from '../../hooks/use-field-access';
import { useProfile } from '../../hooks/use-profile';
import { issueResolver } from '../../i18n/issue-resolver';
import { formatMessage } from '../../i18n/messages';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import { cx } from '../../ui/class-names';
import { FieldShell } from '../../ui/field-shell';
import { FormAlert } from '../../ui/form-alert';
import { focusIfLost } from '../../ui/focus-if-lost';
import { LiveStatus } from '../../ui/live-status';
import { ProfileGate } from '../../ui/profile-gate';
import { PasswordInput } from './password-input';
import { StrengthHint } from './strength-hint';
import { usePasswordEstimator } from './use-password-estimator';
import { useReportState } from '../../ui/use-report-state';

export interface PasswordChangeProps {
  /** Added to the root element's classes (`pk-root pk-password-change`). */
  className?: string;
  /** Called once the password changed (the fields are cleared and the success announced by then). */
  onChanged?: () => void;
}

/**
 * The root's `data-state`: `loading` / `error` (the profile or config could not load), then
 * `idle`, `invalid` (a field shows an error), `submitting`, `success`, `failed` (an error with no
 * field to land on: rate limited, network).
 */
export type PasswordChangeState = 'loading' | 'error' | 'idle' | 'invalid' | 'submitting' | 'success' | 'failed';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const EMPTY: Values = { currentPassword: '', newPassword: '', confirmPassword: '' };
const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

/**
 * Changes the signed-in viewer's own password: current, new and confirmation, each with a
 * show/hide toggle. The new password is checked as typed against the same policy the server
 * applies (`checkPasswordPolicy` with the config's policy and the account's email and names);
 * its estimator (zxcvbn and the common-password list) is a lazy chunk loaded on focus of the new
 * password or when the page is idle, and until it has arrived the meter says "checking", never
 * "good". The server's reasons land on the field they concern. The fields are cleared after a change.
 */
export function PasswordChange({ className, onChanged }: PasswordChangeProps) {
  const { password: messages } = useMessages();
  const [formState, setFormState] = useState<PasswordChangeState>('idle');
  const profile = useProfile();
  const access = useFieldAccess();
  const state: PasswordChangeState =
    profile.error || access.error ? 'error' : profile.data && access.config ? formState : 'loading';
  return (
    <section
      className={cx('pk-root pk-password-change', className)}
      data-pk-component="password-change"
      data-state={state}
    >
      <h2 className="pk-section-title">
        {messages.title}
      </h2>
      <ProfileGate rows={3}>
        {(loaded) => (
          <PasswordChangeForm profile={loaded.profile} policy={loaded.config.password} onChanged={onChanged} onStateChange={setFormState} />
        )}
      </ProfileGate>
    </section>
  );
}

interface PasswordChangeFormProps {
  profile: Profile;
  policy: ViewerConfig['password'];
  onChanged?: () => void;
  onStateChange: (state: PasswordChangeState) => void;
}

function PasswordChangeForm({ profile, policy, onChanged, onStateChange }: PasswordChangeFormProps) {
  const messages = useMessages().password;
  const fmt = useFormatters();
  const mutation = useChangePassword();
  const ids = useId();
  const [alert, setAlert] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const { estimator, load: loadEstimator } = usePasswordEstimator();

  const context = useMemo<PasswordContext>(
    () => ({ email: profile.email, names: [profile.name, profile.givenName, profile.familyName] }),
    [profile.email, profile.name, profile.givenName, profile.familyName],
  );

  const schema = useMemo(
    () =>
      z
        .object({ currentPassword: z.string(), newPassword: z.string(), confirmPassword: z.string() })
        .superRefine((values, ctx) => {
          const issue = (path: keyof Values, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
          if (values.currentPassword === '') issue('currentPassword', messages.currentRequired);
          const check = checkPasswordPolicy(values.newPassword, policy, context, { estimator });
          if (!check.ok) issue('newPassword', formatMessage(messages.problems[check.problem], check.params));
          else if (values.currentPassword !== '' && check.password === normalizePassword(values.currentPassword)) {
            issue('newPassword', messages.sameAsCurrent);
          }
          if (values.confirmPassword === '') issue('confirmPassword', messages.confirmRequired);
          else if (values.confirmPassword !== values.newPassword) issue('confirmPassword', messages.mismatch);
        }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [messages, policy, context, estimator],
  );

  const { register, handleSubmit, control, reset, setError, formState } = useForm<Values>({
    resolver: issueResolver(schema, fmt),
    defaultValues: EMPTY,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
  const newPassword = useWatch({ control, name: 'newPassword' });
  const { errors, isSubmitting } = formState;

  const statusRef = useRef<HTMLParagraphElement>(null);
  /** A change is under way: a second press of the (still focusable) button does nothing. */
  const inFlight = useRef(false);
  const onSubmit = async (values: Values) => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      await change(values);
    } finally {
      inFlight.current = false;
      focusIfLost(() => statusRef.current);
    }
  };
  const change = async (values: Values) => {
    setAlert(null);
    setChanged(false);
    try {
      await mutation.mutateAsync({ currentPassword: values.currentPassword, newPassword: values.newPassword });
    } catch (error) {
      if (isProfileError(error) && error.code === 'invalid_current_password') {
        setError('currentPassword', { type: 'server', message: messages.wrongCurrent }, { shouldFocus: true });
        return;
      }
      if (isProfileError(error) && error.code === 'validation' && error.fields) {
        let focus = true;
        // A server reason in the viewer's language, by its id (a policy problem, `sameAsCurrent`).
        const reasons = fmt.fieldErrors(error);
        for (const name of FIELDS) {
          const message = reasons[name];
          if (message === undefined) continue;
          setError(name, { type: 'server', message }, { shouldFocus: focus });
          focus = false;
        }
        if (!focus) return;
      }
      setAlert(fmt.error(error));
      return;
    }
    reset(EMPTY);
    setChanged(true);
    onChanged?.();
  };

  const invalid = Object.keys(errors).length > 0;
  const state: PasswordChangeState = isSubmitting ? 'submitting' : invalid ? 'invalid' : alert ? 'failed' : changed ? 'success' : 'idle';
  useReportState(state, onStateChange);

  const fieldId = (name: keyof Values) => `${ids}-${name}`;
  return (
    <form className="pk-password-form" noValidate onSubmit={(event) => void handleSubmit(onSubmit)(event)}>
      {profile.email ? (
        // Tells password managers which account the new password belongs to.
        <input type="email" name="username" autoComplete="username" value={profile.email} readOnly hidden />
      ) : null}
      <FieldShell id={fieldId('currentPassword')} label={messages.current} error={errors.currentPassword?.message} required>
        {(control) => (
          <PasswordInput control={control} autoComplete="current-password" toggleLabel={messages.showCurrent} {...register('currentPassword')} />
        )}
      </FieldShell>
      <FieldShell
        id={fieldId('newPassword')}
        label={messages.new}
        error={errors.newPassword?.message}
        required
        help={<StrengthHint password={newPassword} policy={policy} context={context} estimator={estimator} quiet={errors.newPassword !== undefined} />}
      >
        {(control) => (
          <PasswordInput
            control={control}
            autoComplete="new-password"
            toggleLabel={messages.showNew}
            onFocus={loadEstimator}
            {...register('newPassword', { deps: ['confirmPassword'] })}
          />
        )}
      </FieldShell>
      <FieldShell id={fieldId('confirmPassword')} label={messages.confirm} error={errors.confirmPassword?.message} required>
        {(control) => (
          <PasswordInput control={control} autoComplete="new-password" toggleLabel={messages.showConfirm} {...register('confirmPassword')} />
        )}
      </FieldShell>
      <FormAlert message={alert} />
      <div className="pk-actions">
        <LiveStatus ref={statusRef} tone={changed ? 'success' : 'neutral'}>{isSubmitting ? messages.submitting : changed ? messages.changed : null}</LiveStatus>
        {/* aria-disabled, not disabled: a disabled button loses focus, which would fall to the page. */}
        <button type="submit" className="pk-button pk-button--primary" aria-disabled={isSubmitting || undefined}>
          {messages.submit}
        </button>
      </div>
    </form>
  );
}
