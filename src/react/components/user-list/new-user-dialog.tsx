import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import type { Profile, ViewerConfig } from '../../../core/browser';
import { users as english } from '../../i18n/locales/en/users';
import { useComponentMessages } from '../../i18n/use-component-messages';
import { useMessages } from '../../i18n/use-messages';
import { Dialog } from '../../ui/dialog';
import { FormDialog } from '../../ui/form-dialog';
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
  const label = (name: 'email' | 'name' | 'roles') => config.fields[name]?.label ?? common.fieldLabels[name];
  return (
    <FormDialog
      Dialog={Dialog}
      open={open}
      onCancel={() => {
        c.reset();
        onOpenChange(false);
      }}
      title={m.title}
      description={m.description}
      name="new-user"
      formName="new-user"
      submitLabel={m.submit}
      cancelLabel={common.cancel}
      busy={c.busy}
      busyLabel={m.submitting}
      onSubmit={() => void c.submit()}
    >
      <FieldShell id={`${id}email`} label={label('email')} error={c.errors.email} required>
        {(control) => <input {...control} {...c.register.email} className="pk-input" type="email" autoComplete="off" spellCheck={false} />}
      </FieldShell>
      <FieldShell id={`${id}name`} label={label('name')} error={c.errors.name}>
        {(control) => <input {...control} {...c.register.name} className="pk-input" type="text" autoComplete="off" />}
      </FieldShell>
      {c.rolesEditable ? (
        <FieldShell id={`${id}roles`} label={label('roles')} help={m.rolesHelp} error={c.errors.roles}>
          {(control) => <input {...control} {...c.register.roles} className="pk-input" type="text" autoComplete="off" spellCheck={false} />}
        </FieldShell>
      ) : null}
      <InviteChoice id={`${id}invite`} c={c} />
      <FormAlert message={c.alert} />
    </FormDialog>
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
