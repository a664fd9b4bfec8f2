import { memo, type ReactNode } from 'react';
import { get, useFormState, type UseFormRegister } from 'react-hook-form';
import { BuiltinFieldInput, type BuiltinTextFieldName } from '../../fields/builtin-field-input';
import { FieldShell } from '../../ui/field-shell';
import type { ListFieldName, ProfileFormControl, ProfileFormValues } from './form-plan';

export interface ProfileFieldProps {
  /** The form name: a built-in text field, or a list (`roles`, `activeApps`) typed as comma-separated text. */
  name: BuiltinTextFieldName | ListFieldName;
  /** The input's id. */
  id: string;
  label: ReactNode;
  help?: ReactNode;
  required?: boolean;
  control: ProfileFormControl;
  register: UseFormRegister<ProfileFormValues>;
  className?: string;
}

/**
 * One editable built-in field of the ProfileForm. Uncontrolled (react-hook-form `register`), and
 * subscribed to its own error only: typing re-renders nothing, an error re-renders this field alone.
 */
export const ProfileField = memo(function ProfileField({ name, id, label, help, required, control, register, className }: ProfileFieldProps) {
  const { errors } = useFormState({ control, name, exact: true });
  const message = (get(errors, name) as { message?: string } | undefined)?.message;
  return (
    <FieldShell id={id} label={label} help={help} required={required} error={message || undefined} className={className}>
      {(fieldControl) =>
        name === 'roles' || name === 'activeApps' ? (
          <input {...fieldControl} {...register(name)} className="pk-input" type="text" autoComplete="off" spellCheck={false} data-pk-input={name} />
        ) : (
          <BuiltinFieldInput {...register(name)} name={name} control={fieldControl} />
        )
      }
    </FieldShell>
  );
});
