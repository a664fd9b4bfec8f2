import { Controller, type Control } from 'react-hook-form';
import { CustomFieldInput, customFieldShellAs, toCustomFormValue } from '../../fields/custom-field-input';
import { FieldShell } from '../../ui/field-shell';
import type { Profile } from '../../../core/browser';
import type { CustomFieldEntry, CustomFieldsFormValues } from './custom-fields-model';

export interface CustomFieldRowProps {
  entry: CustomFieldEntry;
  /** The control's id. */
  id: string;
  control: Control<CustomFieldsFormValues>;
  /** The profile as loaded: a read-only field shows its value from here. */
  profile: Profile;
}

/** One declared custom field: its typed input in a `FieldShell`, bound to the form, or read-only with the reason. */
export function CustomFieldRow({ entry, id, control, profile }: CustomFieldRowProps) {
  const { key, field, editable, reason } = entry;
  const shell = { id, label: field.label, help: field.help, required: field.required, as: customFieldShellAs(field), className: 'pk-custom-field', pkField: `custom.${key}` };
  if (!editable) {
    return (
      <FieldShell {...shell} readOnlyReason={reason ?? 'not-permitted'}>
        {(controlProps) => (
          <CustomFieldInput
            field={field}
            control={controlProps}
            name={`custom.${key}`}
            value={toCustomFormValue(field, profile.custom?.[key])}
            onChange={() => undefined}
            readOnly
          />
        )}
      </FieldShell>
    );
  }
  return (
    <Controller
      control={control}
      name={`custom.${key}`}
      render={({ field: bound, fieldState }) => (
        <FieldShell {...shell} error={fieldState.error?.message || undefined}>
          {(controlProps) => (
            <CustomFieldInput
              field={field}
              control={controlProps}
              name={bound.name}
              value={bound.value}
              onChange={bound.onChange}
              onBlur={bound.onBlur}
              inputRef={bound.ref}
            />
          )}
        </FieldShell>
      )}
    />
  );
}
