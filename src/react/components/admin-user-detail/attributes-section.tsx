import { memo, useCallback, useId, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { attributeKeyIssue, type AttributesConfig, type FieldAccess } from '../../../core/browser';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { FormAlert } from '../../ui/form-alert';
import { Spinner } from '../../ui/spinner';
import { checkPatch } from './check-patch';
import type { DetailContext } from './detail-context';
import { focusIfLost } from '../../ui/focus-if-lost';
import { InlineField } from './inline-field';
import { saveErrorMessage } from './save-error-message';
import { useInlineCommit } from './use-inline-commit';

interface AttributeRowProps {
  attrKey: string;
  value: string;
  editable: boolean;
  ctx: DetailContext;
  idPrefix: string;
  index: number;
  onRemoved: () => void;
}

/** One free attribute: its value edited in place, removed after a confirmation. */
const AttributeRow = memo(function AttributeRow({ attrKey, value, editable, ctx, idPrefix, index, onRemoved }: AttributeRowProps) {
  const { admin, common } = useMessages();
  const fmt = useFormatters();
  const path = `attributes.${attrKey}`;
  const { onEditStart, commit } = useInlineCommit(ctx, path, attrKey);
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const basedOn = useRef<number | undefined>(undefined);

  const remove = () => {
    setRemoving(true);
    setRemoveError(null);
    ctx.saveField({ attributes: { [attrKey]: null } }, basedOn.current).then(
      (result) => {
        setRemoving(false);
        if (result.status === 'dismissed') setRemoveError(common.conflict.unresolved);
        if (result.status !== 'saved') return;
        ctx.announce(fmt.format(admin.attributes.removed, { key: attrKey }));
        onRemoved();
      },
      (error: unknown) => {
        setRemoving(false);
        setRemoveError(saveErrorMessage(error, path, fmt));
      },
    );
  };

  const extra = editable ? (
    <>
      <button
        type="button"
        className="pk-button pk-button--link pk-attribute-remove"
        aria-label={fmt.format(admin.attributes.removeLabel, { key: attrKey })}
        aria-disabled={removing || undefined}
        onClick={() => {
          if (removing) return;
          basedOn.current = ctx.currentVersion();
          setConfirming(true);
        }}
      >
        {admin.attributes.remove}
      </button>
      {removing ? <Spinner label={common.saving} /> : null}
      {removeError ? (
        <span className="pk-error" role="alert">
          {removeError}
        </span>
      ) : null}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={fmt.format(admin.attributes.removeTitle, { key: attrKey })}
        description={admin.attributes.removeDescription}
        confirmLabel={admin.attributes.remove}
        danger
        onConfirm={remove}
      />
    </>
  ) : null;

  return (
    <li className="pk-admin-attribute" data-pk-attribute={attrKey}>
      <InlineField<string>
        id={`${idPrefix}-attr-${index}`}
        name={path}
        label={attrKey}
        display={value}
        readOnlyReason={editable ? null : 'not-permitted'}
        initialDraft={value}
        onEditStart={onEditStart}
        onCommit={(draft) => commit({ attributes: { [attrKey]: draft } }, value, (v) => String(v))}
        extra={extra}
      />
    </li>
  );
});

interface AddAttributeProps {
  settings: AttributesConfig;
  ctx: DetailContext;
  idPrefix: string;
  /** The "Add attribute" button, for focus after a removal. */
  buttonRef: React.RefObject<HTMLButtonElement | null>;
}

/** "Add attribute": a name and a value, checked by the core rules, saved as one patch. */
function AddAttribute({ settings, ctx, idPrefix, buttonRef }: AddAttributeProps) {
  const { admin, common } = useMessages();
  const fmt = useFormatters();
  const [open, setOpen] = useState(false);
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const [keyError, setKeyError] = useState<string | null>(null);
  const [valueError, setValueError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const basedOn = useRef<number | undefined>(undefined);
  const focusNext = useRef<'key' | 'value' | 'button' | null>(null);
  const keyRef = useRef<HTMLInputElement>(null);
  const valueRef = useRef<HTMLInputElement>(null);
  const ids = { key: `${idPrefix}-attr-new-key`, value: `${idPrefix}-attr-new-value` };

  useLayoutEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'key') keyRef.current?.focus();
    if (target === 'value') valueRef.current?.focus();
    if (target === 'button') buttonRef.current?.focus();
  });

  const close = () => {
    setOpen(false);
    focusNext.current = 'button';
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const name = key.trim();
    const keyProblem = attributeKeyIssue(name, settings);
    const taken = !keyProblem && Object.hasOwn(ctx.currentProfile()?.attributes ?? {}, name);
    setKeyError(keyProblem ? fmt.fieldError(keyProblem) : taken ? admin.attributes.keyTaken : null);
    setFormError(null);
    if (keyProblem || taken) {
      setValueError(null);
      focusNext.current = 'key';
      return;
    }
    const checked = checkPatch(ctx.schema, { attributes: { [name]: value } }, `attributes.${name}`);
    if (!checked.ok) {
      setValueError(checked.error ? fmt.fieldError(checked.error) : common.errors.validation);
      focusNext.current = 'value';
      return;
    }
    setValueError(null);
    setSaving(true);
    ctx.saveField(checked.patch, basedOn.current).then(
      (result) => {
        setSaving(false);
        if (result.status === 'dismissed') setFormError(common.conflict.unresolved);
        if (result.status !== 'saved') return;
        ctx.announce(fmt.format(admin.attributes.added, { key: name }));
        close();
      },
      (error: unknown) => {
        setSaving(false);
        setFormError(saveErrorMessage(error, `attributes.${name}`, fmt));
      },
    );
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || saving) return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };

  if (!open) {
    return (
      <div className="pk-actions pk-attribute-add">
        <button
          ref={buttonRef}
          type="button"
          className="pk-button"
          onClick={() => {
            basedOn.current = ctx.currentVersion();
            setKey('');
            setValue('');
            setKeyError(null);
            setValueError(null);
            setFormError(null);
            focusNext.current = 'key';
            setOpen(true);
          }}
        >
          {admin.attributes.add}
        </button>
      </div>
    );
  }
  const field = (id: string, label: string, text: string, onChange: (text: string) => void, error: string | null, ref: React.RefObject<HTMLInputElement | null>, maxLength: number) => (
    <div className="pk-field">
      <label className="pk-label" htmlFor={id}>
        {label}
      </label>
      <input
        ref={ref}
        id={id}
        className="pk-input"
        autoComplete="off"
        value={text}
        maxLength={maxLength * 2}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error ? (
        <p className="pk-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
  return (
    <form className="pk-attribute-form" noValidate onSubmit={submit} onKeyDown={onKeyDown} aria-label={admin.attributes.add} aria-busy={saving || undefined}>
      {field(ids.key, admin.attributes.key, key, setKey, keyError, keyRef, settings.maxKeyLength)}
      {field(ids.value, admin.attributes.value, value, setValue, valueError, valueRef, settings.maxValueLength)}
      <FormAlert message={formError} />
      <div className="pk-actions">
        {saving ? <Spinner label={common.saving} /> : null}
        <button type="button" className="pk-button" onClick={close} disabled={saving}>
          {common.cancel}
        </button>
        <button type="submit" className="pk-button pk-button--primary" aria-disabled={saving || undefined}>
          {admin.attributes.save}
        </button>
      </div>
    </form>
  );
}

export interface AttributesSectionProps {
  attributes: Record<string, string> | undefined;
  settings: AttributesConfig;
  access: FieldAccess;
  ctx: DetailContext;
  idPrefix: string;
}

/** The user's free attributes (name/value, beside the declared custom fields): edited in place, added, removed. */
export const AttributesSection = memo(function AttributesSection({ attributes, settings, access, ctx, idPrefix }: AttributesSectionProps) {
  const { admin, common } = useMessages();
  const headingId = useId();
  const addRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A removed attribute's row goes away with its button: focus moves to "Add attribute" (or the heading).
  const onRemoved = useCallback(() => focusIfLost(() => addRef.current ?? headingRef.current), []);
  const entries = Object.entries(attributes ?? {});
  return (
    <section className="pk-section pk-admin-section" aria-labelledby={headingId} data-pk-section="attributes">
      <h3 className="pk-section-title" id={headingId} ref={headingRef} tabIndex={-1}>
        {settings.label}
      </h3>
      {settings.help ? <p className="pk-help">{settings.help}</p> : null}
      {!access.editable ? <p className="pk-reason">{common.readOnly['not-permitted']}</p> : null}
      {entries.length === 0 ? (
        <p className="pk-admin-empty">{admin.attributes.empty}</p>
      ) : (
        <ul className="pk-admin-rows pk-attributes-list">
          {entries.map(([key, value], index) => (
            <AttributeRow key={key} attrKey={key} value={value} editable={access.editable} ctx={ctx} idPrefix={idPrefix} index={index} onRemoved={onRemoved} />
          ))}
        </ul>
      )}
      {access.editable ? <AddAttribute settings={settings} ctx={ctx} idPrefix={idPrefix} buttonRef={addRef} /> : null}
    </section>
  );
});
