import { useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent, type RefObject } from 'react';
import { attributeKeyIssue, type AttributesConfig } from '../../../core/browser';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import { FormAlert } from '../../ui/form-alert';
import { Spinner } from '../../ui/spinner';
import { AttributeInput } from './attribute-input';
import { checkPatch } from './check-patch';
import type { DetailContext } from './detail-context';
import { useRowSave } from './use-row-save';

export interface AddAttributeProps {
  settings: AttributesConfig;
  ctx: DetailContext;
  idPrefix: string;
  /** The "Add attribute" button, for focus after a removal. */
  buttonRef: RefObject<HTMLButtonElement | null>;
}

/** "Add attribute": a name and a value, checked by the core rules, saved as one patch. */
export function AddAttribute({ settings, ctx, idPrefix, buttonRef }: AddAttributeProps) {
  const { admin, common } = useMessages();
  const fmt = useFormatters();
  const [open, setOpen] = useState(false);
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const [keyError, setKeyError] = useState<string | null>(null);
  const [valueError, setValueError] = useState<string | null>(null);
  const save = useRowSave(ctx);
  const basedOn = useRef<number | undefined>(undefined);
  const focusNext = useRef<'key' | 'value' | 'button' | null>(null);
  const keyRef = useRef<HTMLInputElement>(null);
  const valueRef = useRef<HTMLInputElement>(null);

  useLayoutEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    const element = target === 'key' ? keyRef : target === 'value' ? valueRef : target === 'button' ? buttonRef : null;
    element?.current?.focus();
  });

  const close = () => {
    setOpen(false);
    focusNext.current = 'button';
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.busy) return;
    const name = key.trim();
    const keyProblem = attributeKeyIssue(name, settings);
    const taken = !keyProblem && Object.hasOwn(ctx.currentProfile()?.attributes ?? {}, name);
    setKeyError(keyProblem ? fmt.fieldError(keyProblem) : taken ? admin.attributes.keyTaken : null);
    save.setError(null);
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
    save.run(checked.patch, basedOn.current, `attributes.${name}`, () => {
      ctx.announce(fmt.format(admin.attributes.added, { key: name }));
      close();
    });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || save.busy) return;
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
            save.setError(null);
            focusNext.current = 'key';
            setOpen(true);
          }}
        >
          {admin.attributes.add}
        </button>
      </div>
    );
  }
  return (
    <form className="pk-attribute-form" noValidate onSubmit={submit} onKeyDown={onKeyDown} aria-label={admin.attributes.add} aria-busy={save.busy || undefined}>
      <AttributeInput id={`${idPrefix}-attr-new-key`} label={admin.attributes.key} value={key} onChange={setKey} error={keyError} inputRef={keyRef} maxLength={settings.maxKeyLength} />
      <AttributeInput
        id={`${idPrefix}-attr-new-value`}
        label={admin.attributes.value}
        value={value}
        onChange={setValue}
        error={valueError}
        inputRef={valueRef}
        maxLength={settings.maxValueLength}
      />
      <FormAlert message={save.error} />
      <div className="pk-actions">
        {save.busy ? <Spinner label={common.saving} /> : null}
        <button type="button" className="pk-button" onClick={close} disabled={save.busy}>
          {common.cancel}
        </button>
        <button type="submit" className="pk-button pk-button--primary" aria-disabled={save.busy || undefined}>
          {admin.attributes.save}
        </button>
      </div>
    </form>
  );
}
