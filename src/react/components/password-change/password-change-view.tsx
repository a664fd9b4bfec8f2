import { usePasswordChangeController, type PasswordValues } from './use-password-change-controller';
import { useId, type ReactNode } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { ComponentRoot } from '../../ui/component-root';
import { FieldShell } from '../../ui/field-shell';
import { FormAlert } from '../../ui/form-alert';
import { LiveStatus } from '../../ui/live-status';
import type { ShellRoot } from '../../ui/profile-shell';
import type { LoadedProfile } from '../../ui/use-loaded-profile';
import { PasswordInput } from './password-input';
import { StrengthHint } from './strength-hint';

export interface PasswordChangeViewProps {
  loaded: LoadedProfile;
  root: ShellRoot;
  /** The section heading, the same in every state. */
  header: ReactNode;
  onChanged?: () => void;
}

/** The loaded PasswordChange: the heading and the form, in the root its controller's state is on. */
export function PasswordChangeView({ loaded, root, header, onChanged }: PasswordChangeViewProps) {
  const messages = useMessages().password;
  const ids = useId();
  const { state, register, errors, isSubmitting, hint, loadEstimator, alert, changed, statusRef, submit } = usePasswordChangeController(loaded, onChanged);
  const { email } = loaded.profile;
  const fieldId = (name: keyof PasswordValues) => `${ids}-${name}`;
  return (
    <ComponentRoot {...root} state={state}>
      {header}
      <form className="pk-password-form" noValidate onSubmit={(event) => void submit(event)}>
        {email ? (
          // Tells password managers which account the new password belongs to.
          <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        ) : null}
        <FieldShell id={fieldId('currentPassword')} label={messages.current} error={errors.currentPassword?.message} required>
          {(control) => <PasswordInput control={control} autoComplete="current-password" toggleLabel={messages.showCurrent} {...register('currentPassword')} />}
        </FieldShell>
        <FieldShell
          id={fieldId('newPassword')}
          label={messages.new}
          error={errors.newPassword?.message}
          required
          help={<StrengthHint {...hint} />}
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
          {(control) => <PasswordInput control={control} autoComplete="new-password" toggleLabel={messages.showConfirm} {...register('confirmPassword')} />}
        </FieldShell>
        <FormAlert message={alert} />
        <div className="pk-actions">
          <LiveStatus ref={statusRef} tone={changed ? 'success' : 'neutral'}>
            {isSubmitting ? messages.submitting : changed ? messages.changed : null}
          </LiveStatus>
          {/* aria-disabled, not disabled: a disabled button loses focus, which would fall to the page. */}
          <button type="submit" className="pk-button pk-button--primary" aria-disabled={isSubmitting || undefined}>
            {messages.submit}
          </button>
        </div>
      </form>
    </ComponentRoot>
  );
}
