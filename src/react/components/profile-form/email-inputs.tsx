import { get, useFormState, type Control, type UseFormRegister } from 'react-hook-form';
import { useMessages } from '../../i18n/use-messages';
import { FieldShell } from '../../ui/field-shell';

/** What the email change form holds. */
export interface EmailFormValues {
  email: string;
  currentPassword: string;
}

export interface EmailInputsProps {
  ids: { newEmail: string; password: string };
  control: Control<EmailFormValues, unknown, EmailFormValues>;
  register: UseFormRegister<EmailFormValues>;
}

/** The new address and the current password, each with its error (their own component: a new error re-renders only them). */
export function EmailInputs({ ids, control, register }: EmailInputsProps) {
  const { profileForm: m } = useMessages();
  const { errors } = useFormState({ control });
  const error = (name: keyof EmailFormValues) => {
    const message = (get(errors, name) as { message?: string } | undefined)?.message;
    return message || undefined;
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
