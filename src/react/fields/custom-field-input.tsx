import type { CustomFieldConfig, CustomValue } from '../../core';
import type { FieldControlProps } from '../ui/field-shell';

/**
 * What a custom field's input holds while being edited: text-like and number fields a string
 * (what was typed), booleans a boolean, multi-selects a list of option values.
 */
export type CustomFormValue = string | boolean | string[];

export interface CustomFieldInputProps {
  field: CustomFieldConfig;
  /** Id and ARIA wiring from `FieldShell`. */
  control: FieldControlProps;
  name: string;
  value: CustomFormValue;
  onChange: (value: CustomFormValue) => void;
  onBlur?: () => void;
  onKeyDown?: (event: React.KeyboardEvent) => void;
  readOnly?: boolean;
}

/** TODO(issue 4, CustomFieldsEditor helper): the typed input of one custom field. */
export function CustomFieldInput(_props: CustomFieldInputProps) {
  return null;
}

/** TODO: the input value for a stored value (`undefined` when unset). */
export function toCustomFormValue(field: CustomFieldConfig, _value: CustomValue | undefined): CustomFormValue {
  return field.type === 'boolean' ? false : field.type === 'multiSelect' ? [] : '';
}

/** TODO: the patch value for an input value: `null` clears; a number field's text becomes a number. */
export function fromCustomFormValue(_field: CustomFieldConfig, value: CustomFormValue): CustomValue | null {
  return value === '' ? null : (value as CustomValue);
}
