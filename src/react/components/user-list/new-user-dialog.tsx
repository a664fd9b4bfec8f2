import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import type { Profile, ViewerConfig } from '../../../core/browser';
import { users as english } from '../../i18n/locales/en/users';
import { useComponentMessages } from '../../i18n/use-component-messages';
import { useMessages } from '../../i18n/use-messages';
import { Dialog } from '../../ui/dialog';
import { FieldShell } from '../../ui/field-shell';
import { FormAlert } from '../../ui/form-alert';
import { useNewUserController } from './use-new-user-controller';

export interface NewUserDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  config: ViewerConfig;
  /** The account exists; `message` says so ("User … created; an invitation was sent."). */
  onCreated: (profile: Profile, message: string) => void;
}

/** "New user": the form in profilekit's dialog (a lazy chunk; focus returns to "New user" on close). */
export function NewUserDialog({ open, onOpenChange, config, onCreated }: NewUserDialogProps) {
  const m = useComponentMessages('users', english).create;
  const { common } = useMessages();
  const c = useNewUserController(config, onCreated);
  const id = useId();
  const label = (name: 'email' | 'givenName' | 'familyName' | 'roles') => config.fields[name]?.label ?? common.fieldLabels[name];
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) c.reset();
        onOpenChange(next);
      }}
      title={m.title}
      description={m.description}
      name="new-user"
    >
      <form className="pk-new-user-form" noValidate onSubmit={(event) => void c.submit(event)} data-pk-form="new-user">
        <FieldShell id={`${id}email`} label={label('email')} error={c.errors.email} required>
          {(control) => <input {...control} {...c.register.email} className="pk-input" type="email" autoComplete="off" spellCheck={false} />}
        </FieldShell>
        <FieldShell id={`${id}given`} label={label('givenName')} error={c.errors.givenName}>
          {(control) => <input {...control} {...c.register.givenName} className="pk-input" type="text" autoComplete="off" />}
        </FieldShell>
        <FieldShell id={`${id}family`} label={label('familyName')} error={c.errors.familyName}>
          {(control) => <input {...control} {...c.register.familyName} className="pk-input" type="text" autoComplete="off" />}
        </FieldShell>
        {c.rolesEditable ? (
          <FieldShell id={`${id}roles`} label={label('roles')} help={m.rolesHelp} error={c.errors.roles}>
            {(control) => <input {...control} {...c.register.roles} className="pk-input" type="text" autoComplete="off" spellCheck={false} />}
          </FieldShell>
        ) : null}
        <InviteChoice id={`${id}invite`} c={c} />
        <FormAlert message={c.alert} />
        <div className="pk-actions">
          <button type="button" className="pk-button" onClick={() => onOpenChange(false)}>
            {common.cancel}
          </button>
          <button type="submit" className="pk-button pk-button--primary" aria-disabled={c.busy || undefined}>
            {c.busy ? m.submitting : m.submit}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** "Send an invitation" (when the server can mail one), and what leaving it off means. */
function InviteChoice({ id, c }: { id: string; c: ReturnType<typeof useNewUserController> }) {
  const m = useComponentMessages('users', english).create;
  const invite = useWatch({ name: 'invite', control: c.control });
  if (!c.canInvite) return <p className="pk-help">{m.noInviteHelp}</p>;
  return (
    <div className="pk-field pk-field--check">
      <span className="pk-check">
        <input id={id} type="checkbox" {...c.register.invite} aria-describedby={`${id}-help`} />
        <label className="pk-label" htmlFor={id}>
          {m.invite}
        </label>
      </span>
      <p className="pk-help" id={`${id}-help`}>
        {invite ? m.inviteHelp : m.noInviteHelp}
      </p>
    </div>
  );
}
