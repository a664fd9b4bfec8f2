import type { UseFormRegister } from 'react-hook-form';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import { preloadDialogOnIntent } from '../../ui/dialog';
import type { CustomFieldsFormValues } from './custom-fields-model';

export interface AttributeRowProps {
  /** Unique per row, stable while it lives; the inputs' ids derive from it. */
  id: string;
  /** Position in the list (0-based). */
  index: number;
  /** The row's current name, for the remove button's name. */
  currentKey: string;
  /** Absent: a read-only row showing `readOnlyValue`. */
  register?: UseFormRegister<CustomFieldsFormValues>;
  readOnlyValue?: { key: string; value: string };
  /** Messages already in the viewer's language. */
  keyError?: string;
  valueError?: string;
  maxKeyLength: number;
  maxValueLength: number;
  /** Ids of the list's help and reason, read with each input. */
  describedBy?: string;
  onRemove?: () => void;
}

/** One free attribute: a name input, a value input (each labelled, with its error) and Remove. */
export function AttributeRow({
  id,
  index,
  currentKey,
  register,
  readOnlyValue,
  keyError,
  valueError,
  maxKeyLength,
  maxValueLength,
  describedBy,
  onRemove,
}: AttributeRowProps) {
  const { customFields } = useMessages();
  const fmt = useFormatters();
  const t = customFields.attributes;
  const n = index + 1;
  const cell = (part: 'key' | 'value', label: string, error: string | undefined, maxLength: number) => {
    const inputId = `${id}-${part}`;
    const errorId = `${inputId}-error`;
    const described = [error ? errorId : null, describedBy].filter(Boolean).join(' ') || undefined;
    const shared = {
      id: inputId,
      className: 'pk-input',
      type: 'text',
      autoComplete: 'off',
      spellCheck: part === 'value',
      maxLength,
      'aria-describedby': described,
      'aria-invalid': error ? (true as const) : undefined,
      'data-pk-part': part,
    };
    return (
      <div className="pk-attribute-cell" data-state={error ? 'invalid' : register ? 'editable' : 'readonly'}>
        <label className="pk-visually-hidden" htmlFor={inputId}>
          {label}
        </label>
        {register ? (
          <input {...shared} {...register(`attributes.${index}.${part}`)} />
        ) : (
          <input {...shared} value={readOnlyValue?.[part] ?? ''} readOnly />
        )}
        {error ? (
          <p className="pk-error" id={errorId}>
            {error}
          </p>
        ) : null}
      </div>
    );
  };
  return (
    <li className="pk-attribute" data-pk-attribute={currentKey} data-state={keyError || valueError ? 'invalid' : register ? 'editable' : 'readonly'}>
      {cell('key', fmt.format(t.keyLabel, { n }), keyError, maxKeyLength)}
      {cell('value', fmt.format(t.valueLabel, { n }), valueError, maxValueLength)}
      {onRemove ? (
        <button
          type="button"
          className="pk-button pk-attribute-remove"
          aria-label={currentKey ? fmt.format(t.removeLabel, { key: currentKey }) : fmt.format(t.removeUnnamed, { n })}
          onClick={onRemove}
          {...preloadDialogOnIntent}
        >
          {t.remove}
        </button>
      ) : null}
    </li>
  );
}
