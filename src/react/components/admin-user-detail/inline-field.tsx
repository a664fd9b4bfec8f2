import { useEffect, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { FieldReason } from '../../../core/browser';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import { cx } from '../../ui/class-names';
import { isFocusLost } from '../../ui/focus-if-lost';
import type { FieldControlProps } from '../../ui/field-shell';
import { Spinner } from '../../ui/spinner';

/** What `renderInput` gets: spread `control` onto the input (id and ARIA wiring), bind `value` / `onChange`. */
export interface InlineInputProps<D> {
  control: FieldControlProps;
  value: D;
  onChange: (value: D) => void;
  /** The field's label, for inputs that carry their own (a checkbox). */
  label: string;
}

/**
 * What `onCommit` says about a draft:
 * - `invalid`: the editor stays open with `error` on the input; nothing is written;
 * - `unchanged`: the editor closes; nothing is written;
 * - `saving`: the editor closes and the row shows a spinner until `done` settles. `done`
 *   resolves to `null` when the save went through (or the admin resolved its conflict in the
 *   dialog), or to a message in the viewer's language when it failed or the conflict dialog
 *   was closed without a choice: the editor then reopens with the draft and the message. `display` is shown meanwhile (default: the `display` prop).
 */
export type InlineCommit =
  | { status: 'invalid'; error: string }
  | { status: 'unchanged' }
  | { status: 'saving'; done: Promise<string | null>; display?: string };

export interface InlineFieldProps<D = string> {
  /** The input's id; the value button's, help's and error's ids derive from it. Unique on the page. */
  id: string;
  /** Stable name for styling and tests: the row's `data-pk-field`. Default: `id`. */
  name?: string;
  /** The field's name in the viewer's language: shown beside the value and in the button's accessible name. */
  label: string;
  /** The current value as text in the viewer's language (`Not set` for none). */
  display: string;
  /**
   * Set for a field that cannot be changed here: the value is shown greyed in a focusable
   * `readonly` input with this reason, and never becomes editable.
   */
  readOnlyReason?: FieldReason | null;
  /** A hint under the value, tied to the value button and the input with `aria-describedby`. */
  help?: string;
  /** A hint shown only while editing ("Separate entries with commas."). */
  editingHelp?: string;
  /** The input's value when editing starts (from the current value). Required unless read-only. */
  initialDraft?: D;
  /** Validates and saves a draft (Enter, blur, or the Save button); see `InlineCommit`. Required unless read-only. */
  onCommit?: (draft: D) => InlineCommit;
  /** Called when editing starts: note what the edit is based on (the profile's version). */
  onEditStart?: () => void;
  /** A custom input (select, number, custom field). Default: a text input of `inputType`. */
  renderInput?: (props: InlineInputProps<D>) => ReactNode;
  /** The default input's type. Default `text`. */
  inputType?: 'text' | 'tel' | 'url' | 'email' | 'search';
  /** The default input's `autocomplete`. Default `off` (an admin edits someone else's data). */
  autoComplete?: string;
  /** Several controls (checkboxes): the editor becomes a `fieldset` whose legend is the label. */
  group?: boolean;
  /** A multi-line input: Enter adds a line, Ctrl/Cmd+Enter saves. */
  multiline?: boolean;
  /** Extra content after the value (actions such as "Revoke"), shown while not editing. */
  extra?: ReactNode;
  className?: string;
}

type Mode = 'idle' | 'editing' | 'saving';

const FOCUSABLE = 'input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])';
const SELECTABLE = new Set(['text', 'tel', 'url', 'email', 'search', 'number', 'password']);

/**
 * One field edited in place. At rest the value is a button ("Edit Phone, +44 20…"): a click
 * or Enter opens an input with the text selected; Enter or leaving the field saves (after
 * `onCommit` validated it), Escape cancels; a spinner shows while saving and focus returns to
 * the value button; a failed save reopens the input with what was typed and the error tied to
 * it (`aria-invalid`, `aria-describedby`). Read-only fields show their value greyed, focusable,
 * with the reason. Works unstyled; `data-state` is `readonly | idle | editing | invalid | saving`.
 */
export function InlineField<D = string>(props: InlineFieldProps<D>) {
  const { id, name = id, label, display, readOnlyReason, help, initialDraft, onCommit, onEditStart, renderInput, group = false } = props;
  const { common, admin } = useMessages();
  const fmt = useFormatters();
  const [mode, setMode] = useState<Mode>('idle');
  const [draft, setDraft] = useState<D | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [pendingDisplay, setPendingDisplay] = useState<string | null>(null);
  const modeRef = useRef<Mode>('idle');
  const focusNext = useRef<'trigger' | 'input' | null>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const editorRef = useRef<HTMLElement>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const switchTo = (next: Mode) => {
    modeRef.current = next;
    setMode(next);
  };

  // Focus moves after the DOM changed: into the input when it opens, back to the value button when it closes.
  useLayoutEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    if (target === 'trigger') {
      triggerRef.current?.focus();
      return;
    }
    const control = editorRef.current?.querySelector<HTMLElement>(FOCUSABLE);
    control?.focus();
    if ((control instanceof HTMLInputElement && SELECTABLE.has(control.type)) || control instanceof HTMLTextAreaElement) control.select();
  });

  const readOnly = Boolean(readOnlyReason) || !onCommit;
  const helpId = `${id}-help`;
  const reasonId = `${id}-reason`;
  const errorId = `${id}-error`;
  const labelId = `${id}-label`;
  const helpText =
    mode === 'editing' && !readOnly
      ? [help, props.editingHelp, props.multiline ? admin.inline.multilineHelp : null].filter(Boolean).join(' ')
      : (help ?? '');

  const open = () => {
    if (readOnly || modeRef.current !== 'idle') return;
    onEditStart?.();
    setDraft(initialDraft);
    setError(null);
    focusNext.current = 'input';
    switchTo('editing');
  };

  const cancel = () => {
    if (modeRef.current !== 'editing') return;
    setError(null);
    focusNext.current = 'trigger';
    switchTo('idle');
  };

  const commit = (via: 'keyboard' | 'blur' | 'button') => {
    if (modeRef.current !== 'editing' || !onCommit) return;
    const result = onCommit(draft as D);
    if (result.status === 'invalid') {
      setError(result.error);
      if (via !== 'blur') focusNext.current = 'input';
      return;
    }
    setError(null);
    if (via !== 'blur') focusNext.current = 'trigger';
    if (result.status === 'unchanged') {
      switchTo('idle');
      return;
    }
    setPendingDisplay(result.display ?? null);
    switchTo('saving');
    void result.done.then(
      (message) => settle(message),
      () => settle(common.errors.internal),
    );
  };

  const settle = (message: string | null) => {
    if (!mounted.current) return;
    setPendingDisplay(null);
    if (message === null) {
      switchTo('idle');
      return;
    }
    setError(message);
    // Reopen with what was typed; take focus back only if it is still on this row's button (or lost).
    if (document.activeElement === triggerRef.current || isFocusLost()) focusNext.current = 'input';
    switchTo('editing');
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (modeRef.current !== 'editing') return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation(); // an enclosing dialog must not close as well
      cancel();
      return;
    }
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    const target = event.target as HTMLElement;
    if (target instanceof HTMLButtonElement) return; // Save / Cancel handle their own Enter
    if (target instanceof HTMLTextAreaElement && !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    commit('keyboard');
  };

  const onBlur = (event: FocusEvent) => {
    if (modeRef.current !== 'editing') return;
    const next = event.relatedTarget as Node | null;
    if (next && event.currentTarget.contains(next)) return;
    commit('blur');
  };

  const describedBy = (parts: (string | false | null | undefined)[]) => parts.filter(Boolean).join(' ') || undefined;
  const state = readOnly ? 'readonly' : mode === 'editing' ? (error ? 'invalid' : 'editing') : mode;

  let labelNode: ReactNode;
  let body: ReactNode;
  if (readOnly) {
    labelNode = (
      <label className="pk-label pk-inline-label" htmlFor={id} id={labelId}>
        {label}
      </label>
    );
    body = (
      <input
        id={id}
        className="pk-input pk-inline-readonly"
        readOnly
        value={display}
        aria-describedby={describedBy([readOnlyReason && reasonId, help && helpId])}
      />
    );
  } else if (mode === 'editing') {
    const controlDescribedBy = describedBy([error && errorId, helpText && helpId]);
    const control: FieldControlProps = {
      id,
      ...(controlDescribedBy ? { 'aria-describedby': controlDescribedBy } : {}),
      ...(error ? { 'aria-invalid': true as const } : {}),
    };
    const input = renderInput ? (
      renderInput({ control, value: draft as D, onChange: setDraft, label })
    ) : props.multiline ? (
      <textarea {...control} className="pk-textarea" value={draft as string} onChange={(e) => setDraft(e.target.value as D)} />
    ) : (
      <input
        {...control}
        className="pk-input"
        type={props.inputType ?? 'text'}
        autoComplete={props.autoComplete ?? 'off'}
        value={draft as string}
        onChange={(e) => setDraft(e.target.value as D)}
      />
    );
    const buttons = (
      <span className="pk-inline-actions">
        <button
          type="button"
          className="pk-button pk-button--primary pk-inline-save"
          aria-label={fmt.format(admin.inline.save, { label })}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => commit('button')}
        >
          {common.save}
        </button>
        <button
          type="button"
          className="pk-button pk-inline-cancel"
          aria-label={fmt.format(admin.inline.cancel, { label })}
          onMouseDown={(e) => e.preventDefault()}
          onClick={cancel}
        >
          {common.cancel}
        </button>
      </span>
    );
    if (group) {
      labelNode = (
        <span className="pk-label pk-inline-label" id={labelId} aria-hidden="true">
          {label}
        </span>
      );
      body = (
        <fieldset className="pk-inline-editor" ref={editorRef as React.RefObject<HTMLFieldSetElement>} aria-describedby={controlDescribedBy}>
          <legend className="pk-visually-hidden">{label}</legend>
          {input}
          {buttons}
        </fieldset>
      );
    } else {
      labelNode = (
        // Pressing on the label must not blur (and so save) the input it labels.
        <label className="pk-label pk-inline-label" htmlFor={id} id={labelId} onMouseDown={(e) => e.preventDefault()}>
          {label}
        </label>
      );
      body = (
        <div className="pk-inline-editor" ref={editorRef as React.RefObject<HTMLDivElement>}>
          {input}
          {buttons}
        </div>
      );
    }
  } else {
    const shown = mode === 'saving' && pendingDisplay !== null ? pendingDisplay : display;
    labelNode = (
      <span className="pk-label pk-inline-label" id={labelId}>
        {label}
      </span>
    );
    body = (
      <div className="pk-inline-value">
        <button
          ref={triggerRef}
          type="button"
          id={`${id}-trigger`}
          className="pk-inline-trigger"
          aria-label={fmt.format(admin.inline.edit, { label, value: shown })}
          aria-describedby={describedBy([help && helpId])}
          aria-disabled={mode === 'saving' || undefined}
          data-empty={shown === common.empty || undefined}
          onClick={open}
        >
          <span className="pk-inline-text">{shown}</span>
          <svg className="pk-inline-icon" aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16">
            <path d="M11.7 1.3a1 1 0 0 1 1.4 0l1.6 1.6a1 1 0 0 1 0 1.4L5.4 13.6 1.5 14.5l.9-3.9z" fill="none" stroke="currentColor" strokeWidth="1.3" />
          </svg>
        </button>
        {mode === 'saving' ? <Spinner label={fmt.format(admin.inline.saving, { label })} /> : null}
        {props.extra}
      </div>
    );
  }

  return (
    <div
      className={cx('pk-inline-field', props.className)}
      data-pk-field={name}
      data-state={state}
      aria-busy={mode === 'saving' || undefined}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      {labelNode}
      <div className="pk-inline-body">
        {body}
        {readOnly && readOnlyReason ? (
          <p className="pk-reason" id={reasonId}>
            {common.readOnly[readOnlyReason]}
          </p>
        ) : null}
        {helpText ? (
          <p className="pk-help" id={helpId}>
            {helpText}
          </p>
        ) : null}
        {error && mode === 'editing' ? (
          <p className="pk-error" id={errorId}>
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
