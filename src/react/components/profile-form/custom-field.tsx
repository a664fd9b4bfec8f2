import { memo, type ReactNode } from 'react';
import { useController } from 'react-hook-form';
import type { CustomFieldConfig } from '../../../core/browser';
import { CustomFieldInput, customFieldShellAs, type CustomFormValue } from '../../fields/custom-field-input';
import { FieldShell } from '../../ui/field-shell';
import type { ProfileFormControl } from './form-plan';

export interface CustomFieldProps {
  /** `custom.<key>`. */
  name: `custom.${string}`;
  field: CustomFieldConfig;
  id: string;
  label: ReactNode;
  control: ProfileFormControl;
  className?: string;
}

/**
 * One editable custom field inside the ProfileForm (`customFields`): a controlled
 * `CustomFieldInput` subscribed to its own value and error, so typing re-renders this field only.
 */
export const CustomField = memo(function CustomField({ name, field, id, label, control, className }: CustomFieldProps) {
  const { field: input, fieldState } = useController({ control, name });
  const message = fieldState.error?.message;
  return (
    <FieldShell
      id={id}
      as={customFieldShellAs(field)}
      label={label}
      help={field.help}
      required={field.required}
      error={message || undefined}
      className={className}
    >
      {(fieldControl) => (
        <CustomFieldInput
          field={field}
          control={fieldControl}
          name={name}
          value={input.value as CustomFormValue}
          onChange={input.onChange}
          onBlur={input.onBlur}
          inputRef={input.ref}
        />
      )}
    </FieldShell>
  );
});
