import { EmailInputs } from './email-inputs';
import { EmailField } from './email-field';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import { ComponentRoot } from '../../ui/component-root';
import { FormAlert } from '../../ui/form-alert';
import { LiveStatus } from '../../ui/live-status';
import type { ShellRoot } from '../../ui/profile-shell';
import type { LoadedProfile } from '../../ui/use-loaded-profile';
import type { EmailChangeProps } from './email-change-props';
import { PendingEmailBanner } from './pending-email-banner';
import { useEmailChangeController } from './use-email-change-controller';
import { useId } from 'react';

export interface EmailChangeViewProps extends Omit<EmailChangeProps, 'className'> {
  loaded: LoadedProfile;
  root: ShellRoot;
}

/** The loaded EmailChange, alone (in its shell) or inside a ProfileForm that already holds the viewer's profile and config. */
export function EmailChangeView({ loaded, root, ...props }: EmailChangeViewProps) {
  const { common, profileForm: m } = useMessages();
  const fmt = useFormatters();
  const c = useEmailChangeController(loaded, props);
  const { profile, config, access } = loaded;
  const { open, state } = c;
  const id = useId();
  const ids = { email: `${id}current`, newEmail: `${id}new`, password: `${id}password`, form: `${id}form` };
  const editable = state !== 'readonly';
  const pending = profile.pendingEmail;
  return (
    <ComponentRoot {...root} state={state}>
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
          ref={c.banner}
          pendingEmail={pending}
          currentEmail={profile.email ?? ''}
          cancelling={state === 'cancelling'}
          error={c.cancelError}
          onResend={() => c.openForm('resend')}
          onCancel={c.cancel}
        />
      ) : null}
      <LiveStatus tone={c.status ? 'success' : 'neutral'}>{c.status}</LiveStatus>
      {editable && !open ? (
        <div className="pk-actions pk-email-change-actions">
          <button ref={c.toggle} type="button" className="pk-button" aria-expanded="false" aria-controls={ids.form} onClick={() => c.openForm('change')}>
            {m.email.change}
          </button>
        </div>
      ) : null}
      {editable && open ? (
        <form id={ids.form} className="pk-email-form" noValidate onSubmit={(event) => void c.submit(event)} onKeyDown={c.onKeyDown} data-pk-form="email-change">
          {open === 'resend' && pending ? <p className="pk-help">{fmt.format(m.email.resendHelp, { email: pending })}</p> : null}
          <EmailInputs ids={ids} control={c.form.control} register={c.form.register} />
          <FormAlert message={c.error} />
          <div className="pk-actions">
            <button type="button" className="pk-button" onClick={() => c.close()}>
              {common.cancel}
            </button>
            <button type="submit" className="pk-button pk-button--primary" aria-disabled={state === 'sending' ? 'true' : undefined}>
              {state === 'sending' ? m.email.sending : m.email.submit}
            </button>
          </div>
        </form>
      ) : null}
    </ComponentRoot>
  );
}
