import { useEffect, useRef, useState } from 'react';
import { useFieldArray, useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import type { AttributesConfig, FieldReason } from '../../../core/browser';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { AttributeRow } from './attribute-row';
import { isBlankNewRow, type CustomFieldsFormValues } from './custom-fields-model';

export interface AttributesListProps {
  /** For ids. */
  id: string;
  settings: AttributesConfig;
  /** Editable: rows bound to the form, Add and Remove. Else read-only rows of `stored` with `reason`. */
  editable: boolean;
  reason: FieldReason | null;
  stored: Record<string, string>;
  control: Control<CustomFieldsFormValues>;
  register: UseFormRegister<CustomFieldsFormValues>;
  errors: FieldErrors<CustomFieldsFormValues>['attributes'];
  /** A message about the whole set (too many, not allowed), in the viewer's language. */
  listError?: string | null;
}

/**
 * The free attributes: name/value rows, "Add attribute" (up to `maxEntries`), and Remove behind a
 * confirmation dialog; focus returns to Remove on cancel and moves to "Add attribute" on
 * confirm. Changes are saved with the rest of the form (removed names sent as `null`).
 */
export function AttributesList({ id, settings, editable, reason, stored, control, register, errors, listError }: AttributesListProps) {
  const { customFields, common } = useMessages();
  const fmt = useFormatters();
  const t = customFields.attributes;
  const { fields, append, remove } = useFieldArray({ control, name: 'attributes' });
  const rows = useWatch({ control, name: 'attributes' }) ?? [];
  const [confirming, setConfirming] = useState<number | null>(null);
  const [focusAdd, setFocusAdd] = useState(false);
  const addRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!focusAdd) return;
    setFocusAdd(false);
    addRef.current?.focus();
  }, [focusAdd]);

  const helpId = `${id}-help`;
  const reasonId = `${id}-reason`;
  const limitId = `${id}-limit`;
  const errorId = `${id}-error`;
  const describedBy = [listError ? errorId : null, !editable && reason ? reasonId : null, settings.help ? helpId : null].filter(Boolean).join(' ') || undefined;
  const storedEntries = Object.entries(stored);
  const count = editable ? fields.length : storedEntries.length;
  const full = fields.length >= settings.maxEntries;
  const pendingRow = confirming === null ? undefined : rows[confirming];
  const confirmTitle = pendingRow?.key
    ? fmt.format(t.confirmTitle, { key: pendingRow.key })
    : fmt.format(t.confirmTitleUnnamed, { n: (confirming ?? 0) + 1 });

  return (
    <fieldset
      className="pk-section pk-attributes"
      data-pk-attributes=""
      data-state={listError ? 'invalid' : editable ? 'editable' : 'readonly'}
      aria-describedby={describedBy}
    >
      <legend className="pk-section-title">{settings.label}</legend>
      {settings.help ? (
        <p className="pk-help" id={helpId}>
          {settings.help}
        </p>
      ) : null}
      {!editable && reason ? (
        <p className="pk-reason" id={reasonId}>
          {common.readOnly[reason]}
        </p>
      ) : null}
      {count === 0 ? (
        <p className="pk-help pk-attributes-empty">{t.none}</p>
      ) : (
        <>
          <div className="pk-attribute-head" aria-hidden="true">
            <span>{t.keyHeader}</span>
            <span>{t.valueHeader}</span>
          </div>
          <ul className="pk-attribute-list">
            {editable
              ? fields.map((row, index) => (
                  <AttributeRow
                    key={row.id}
                    id={`${id}-${row.id}`}
                    index={index}
                    currentKey={rows[index]?.key ?? row.key}
                    register={register}
                    keyError={errors?.[index]?.key?.message || undefined}
                    valueError={errors?.[index]?.value?.message || undefined}
                    maxKeyLength={settings.maxKeyLength}
                    maxValueLength={settings.maxValueLength}
                    onRemove={() => {
                      const current = rows[index];
                      if (current && isBlankNewRow(current)) {
                        remove(index);
                        setFocusAdd(true);
                      } else setConfirming(index);
                    }}
                  />
                ))
              : storedEntries.map(([key, value], index) => (
                  <AttributeRow
                    key={key}
                    id={`${id}-ro-${index}`}
                    index={index}
                    currentKey={key}
                    readOnlyValue={{ key, value }}
                    maxKeyLength={settings.maxKeyLength}
                    maxValueLength={settings.maxValueLength}
                    describedBy={reason ? reasonId : undefined}
                  />
                ))}
          </ul>
        </>
      )}
      {listError ? (
        <p className="pk-error" id={errorId}>
          {listError}
        </p>
      ) : null}
      {editable ? (
        <div className="pk-attribute-actions">
          <button
            ref={addRef}
            type="button"
            className="pk-button"
            disabled={full}
            aria-describedby={limitId}
            onClick={() => append({ key: '', value: '', original: null }, { focusName: `attributes.${fields.length}.key` })}
          >
            {t.add}
          </button>
          <p className="pk-help" id={limitId}>
            {fmt.format(t.limit, { n: fmt.number(settings.maxEntries) })}
          </p>
        </div>
      ) : null}
      <ConfirmDialog
        open={confirming !== null}
        onOpenChange={(open) => {
          if (!open) setConfirming(null);
        }}
        title={confirmTitle}
        description={t.confirmDescription}
        confirmLabel={t.confirm}
        danger
        onConfirm={() => {
          if (confirming !== null) remove(confirming);
          setFocusAdd(true);
        }}
      />
    </fieldset>
  );
}
