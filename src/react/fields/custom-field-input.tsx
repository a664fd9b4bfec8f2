import type { ChangeEvent, KeyboardEvent, MouseEvent, Ref } from 'react';
import type { CustomFieldConfig, CustomValue } from '../../core/browser';
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
  /**
   * Shown but not changeable: text-like inputs get `readonly`; selects, switches and checkboxes
   * get `aria-readonly` and ignore changes. Never `disabled`: the value stays focusable and read.
   */
  readOnly?: boolean;
  /**
   * The focusable element (for a multi-select, its first checkbox): pass react-hook-form's
   * `field.ref` so that a failed submit can focus it.
   */
  inputRef?: Ref<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>;
  /** Extra class names on the control (added to `pk-input`, `pk-select`…). */
  className?: string;
}

/**
 * How to wrap a custom field in `FieldShell`: a multi-select is a group of checkboxes, so its
 * shell is a `fieldset` whose legend names the group; every other type is one labelled control.
 */
export function customFieldShellAs(field: Pick<CustomFieldConfig, 'type'>): 'div' | 'fieldset' {
  return field.type === 'multiSelect' ? 'fieldset' : 'div';
}

const cls = (base: string, extra?: string) => (extra ? `${base} ${extra}` : base);

/**
 * The typed input of one custom field, wired to a `FieldShell` (`control`): text (`maxLength`),
 * long text (`textarea`), number (`type=number`, `min`/`max`/`step`, unit suffix), boolean (a
 * switch), select (with an empty choice unless required), multi-select (checkboxes: wrap it in
 * `<FieldShell as={customFieldShellAs(field)}>`), date (`min`/`max`), URL, email, phone. Holds a
 * `CustomFormValue`; turn it into a patch value with `fromCustomFormValue`. Enforces no rule
 * the core schema checks (that stays the one place): the attributes only help the browser.
 */
export function CustomFieldInput({ field, control, name, value, onChange, onBlur, onKeyDown, readOnly = false, inputRef, className }: CustomFieldInputProps) {
  const text = typeof value === 'string' ? value : '';
  const common = {
    ...control,
    name,
    onBlur,
    onKeyDown,
    'data-pk-type': field.type,
  };
  const onText = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value);
  const textInput = (type: string, extra: Record<string, unknown> = {}) => (
    <input
      {...common}
      ref={inputRef as Ref<HTMLInputElement>}
      className={cls('pk-input', className)}
      type={type}
      value={text}
      readOnly={readOnly}
      onChange={onText}
      {...extra}
    />
  );

  switch (field.type) {
    case 'text':
      return textInput('text', { maxLength: field.maxLength, placeholder: field.placeholder });
    case 'longText':
      return (
        <textarea
          {...common}
          ref={inputRef as Ref<HTMLTextAreaElement>}
          className={cls('pk-textarea', className)}
          value={text}
          readOnly={readOnly}
          maxLength={field.maxLength}
          placeholder={field.placeholder}
          onChange={onText}
        />
      );
    case 'number': {
      if (!field.unit) return textInput('number', { inputMode: 'decimal', min: field.min, max: field.max, step: field.step ?? 'any' });
      const unitId = `${control.id}-unit`;
      const describedBy = [control['aria-describedby'], unitId].filter(Boolean).join(' ');
      return (
        <span className="pk-number" data-pk-unit={field.unit}>
          {textInput('number', { inputMode: 'decimal', min: field.min, max: field.max, step: field.step ?? 'any', 'aria-describedby': describedBy })}
          <span className="pk-unit" id={unitId}>
            {field.unit}
          </span>
        </span>
      );
    }
    case 'boolean': {
      const checked = value === true;
      return (
        <input
          {...common}
          aria-required={undefined}
          ref={inputRef as Ref<HTMLInputElement>}
          className={cls('pk-switch', className)}
          type="checkbox"
          role="switch"
          checked={checked}
          aria-readonly={readOnly || undefined}
          // Read-only: the change is ignored and React puts the controlled `checked` back.
          onChange={(event) => {
            if (!readOnly) onChange(event.target.checked);
          }}
        />
      );
    }
    case 'select':
      return (
        <select
          {...common}
          ref={inputRef as Ref<HTMLSelectElement>}
          className={cls('pk-select', className)}
          value={text}
          aria-readonly={readOnly || undefined}
          onKeyDown={(event: KeyboardEvent<HTMLSelectElement>) => {
            // Arrow keys change a closed select at once in some browsers: keep a read-only one still.
            if (readOnly && event.key !== 'Tab') event.preventDefault();
            onKeyDown?.(event);
          }}
          onMouseDown={readOnly ? (event: MouseEvent) => event.preventDefault() : undefined}
          onChange={(event) => {
            if (!readOnly) onChange(event.target.value);
          }}
        >
          {!field.required || text === '' ? <option value="">—</option> : null}
          {field.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      );
    case 'multiSelect': {
      const chosen = Array.isArray(value) ? value : [];
      const { id, 'aria-describedby': describedBy, 'aria-invalid': invalid } = control;
      return (
        <div className={cls('pk-choices', className)} id={id} data-pk-type={field.type} aria-describedby={describedBy}>
          {field.options.map((option, index) => {
            const optionId = `${id}-${option.value.replace(/[^A-Za-z0-9_-]/g, '_')}-${index}`;
            const checked = chosen.includes(option.value);
            return (
              <label key={option.value} className="pk-choice" htmlFor={optionId}>
                <input
                  id={optionId}
                  ref={index === 0 ? (inputRef as Ref<HTMLInputElement>) : undefined}
                  type="checkbox"
                  name={name}
                  value={option.value}
                  checked={checked}
                  aria-invalid={invalid}
                  aria-readonly={readOnly || undefined}
                  onBlur={onBlur}
                  onKeyDown={onKeyDown}
                  onChange={(event) => {
                    if (readOnly) return;
                    // Keep the options' order whatever the order of clicks.
                    const next = event.target.checked ? [...chosen, option.value] : chosen.filter((v) => v !== option.value);
                    onChange(field.options.map((o) => o.value).filter((v) => next.includes(v)));
                  }}
                />
                <span>{option.label}</span>
              </label>
            );
          })}
        </div>
      );
    }
    case 'date':
      return textInput('date', { min: field.min, max: field.max });
    case 'url':
      return textInput('url', { inputMode: 'url', autoComplete: 'url' });
    case 'email':
      return textInput('email', { inputMode: 'email', autoComplete: 'email' });
    case 'phone':
      return textInput('tel', { inputMode: 'tel', autoComplete: 'tel' });
  }
}

/** The input value for a stored value (`undefined` when unset). */
export function toCustomFormValue(field: CustomFieldConfig, value: CustomValue | undefined): CustomFormValue {
  switch (field.type) {
    case 'boolean':
      return value === true;
    case 'multiSelect':
      return Array.isArray(value) ? value.map(String) : [];
    case 'number':
      return typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
    default:
      return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
  }
}

// What `<input type=number>` can hand over: a plain decimal, optionally signed, with an exponent.
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * The patch value for an input value: `null` clears (blank text, an empty multi-select); a
 * number field's text becomes a number, and text that is not one stays text so that the core
 * schema reports it. Everything else passes as it is: the core schema trims and checks.
 */
export function fromCustomFormValue(field: CustomFieldConfig, value: CustomFormValue): CustomValue | null {
  if (field.type === 'boolean') return value === true;
  if (Array.isArray(value)) return value.length === 0 ? null : [...value];
  if (typeof value !== 'string') return value;
  if (value.trim() === '') return null;
  if (field.type === 'number') {
    const trimmed = value.trim();
    return NUMBER_TEXT.test(trimmed) ? Number(trimmed) : value;
  }
  return value;
}
