import type { FieldErrors as FormFieldErrors } from 'react-hook-form';
import type { CustomFieldsFormValues, ErrorTarget } from './custom-fields-model';

type Nested = Record<string, unknown>;

/** RHF's nested error object from placed messages (`custom.height`, `attributes.2.key`). */
export function toFormErrors(targets: ErrorTarget[]): FormFieldErrors<CustomFieldsFormValues> {
  const errors: { custom?: Nested; attributes?: Nested[] } = {};
  for (const target of targets) {
    if (target.kind !== 'field') continue;
    const [group, key, part] = target.name.split('.') as [string, string, string | undefined];
    const error = { type: 'validate', message: target.message };
    if (group === 'custom') (errors.custom ??= {})[key] = error;
    else {
      const rows = (errors.attributes ??= []);
      (rows[Number(key)] ??= {})[part!] = error;
    }
  }
  return errors as FormFieldErrors<CustomFieldsFormValues>;
}
