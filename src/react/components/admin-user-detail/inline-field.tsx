import type { ReactNode } from 'react';
import type { FieldReason } from '../../../core/browser';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import { cx } from '../../ui/class-names';
import { describedBy, FieldNotes } from '../../ui/field-notes';
import type { FieldControlProps } from '../../ui/field-shell';
import { Spinner } from '../../ui/spinner';
import { inlineDataState, isOpen } from './inline-editor-state';
import { InlineEditor } from './inline-editor';
import { useInlineEditor } from './use-inline-editor';

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
 *   settles with an `InlineOutcome`. `display` is shown meanwhile (default: the `display` prop).
 */
export type InlineCommit =
  | { status: 'invalid'; error: string }
  | { status: 'unchanged' }
  | { status: 'saving'; done: Promise<InlineOutcome>; display?: string };

/**
 * How a save ended for the row: `null` saved (or its conflict was resolved in the dialog), a
 * message in the viewer's language when it failed, `{ unresolved }` when the conflict dialog
 * was closed without a choice. Either way but `null`, the editor reopens with the draft and the message.
 */
export type InlineOutcome = string | null | { unresolved: string };

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

/**
 * One field edited in place. At rest the value is a button ("Edit Phone, +44 20…"): a click
 * or Enter opens an input with the text selected; Enter or leaving the field saves (after
 * `onCommit` validated it), Escape cancels; a spinner shows while saving and focus returns to
 * the value button; a failed save reopens the input with what was typed and the error tied to
 * it (`aria-invalid`, `aria-describedby`). Read-only fields show their value greyed, focusable,
 * with the reason. Works unstyled; `data-state` is `readonly | idle | editing | invalid | saving`.
 */
export function InlineField<D = string>(props: InlineFieldProps<D>) {
  const { id, name = id, label, display, readOnlyReason, help, onCommit } = props;
  const { common, admin } = useMessages();
  const fmt = useFormatters();
  const readOnly = Boolean(readOnlyReason) || !onCommit;
  const editor = useInlineEditor<D>(props, readOnly);
  const { state } = editor;
  const labelId = `${id}-label`;
  const editing = !readOnly && isOpen(state);
  const helpText = editing ? [help, props.editingHelp, props.multiline ? admin.inline.multilineHelp : null].filter(Boolean).join(' ') : (help ?? '');
  const saving = state.status === 'saving';
  const error = editing && state.status !== 'editing' ? state.error : null;
  const notes = <FieldNotes id={id} reason={readOnly && readOnlyReason ? common.readOnly[readOnlyReason] : null} help={helpText} error={error} />;

  let content: ReactNode;
  if (readOnly) {
    content = (
      <>
        <label className="pk-label pk-inline-label" htmlFor={id} id={labelId}>
          {label}
        </label>
        <div className="pk-inline-body">
          <input id={id} className="pk-input pk-inline-readonly" readOnly value={display} aria-describedby={describedBy(readOnlyReason && `${id}-reason`, help && `${id}-help`)} />
          {notes}
        </div>
      </>
    );
  } else if (editing) {
    content = <InlineEditor {...props} editor={editor} draft={state.draft} error={error} helpText={helpText} labelId={labelId} notes={notes} />;
  } else {
    const shown = saving && state.display !== null ? state.display : display;
    content = (
      <>
        <span className="pk-label pk-inline-label" id={labelId}>
          {label}
        </span>
        <div className="pk-inline-body">
        <div className="pk-inline-value">
          <button
            ref={editor.triggerRef}
            type="button"
            id={`${id}-trigger`}
            className="pk-inline-trigger"
            aria-label={fmt.format(admin.inline.edit, { label, value: shown })}
            aria-describedby={describedBy(help && `${id}-help`)}
            aria-disabled={saving || undefined}
            data-empty={shown === common.empty || undefined}
            onClick={editor.open}
          >
            <span className="pk-inline-text">{shown}</span>
            <svg className="pk-inline-icon" aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16">
              <path d="M11.7 1.3a1 1 0 0 1 1.4 0l1.6 1.6a1 1 0 0 1 0 1.4L5.4 13.6 1.5 14.5l.9-3.9z" fill="none" stroke="currentColor" strokeWidth="1.3" />
            </svg>
          </button>
          {saving ? <Spinner label={fmt.format(admin.inline.saving, { label })} /> : null}
          {props.extra}
        </div>
        {notes}
        </div>
      </>
    );
  }

  return (
    <div
      className={cx('pk-inline-field', props.className)}
      data-pk-field={name}
      data-state={inlineDataState(state, readOnly)}
      aria-busy={saving || undefined}
      onKeyDown={editor.onKeyDown}
      onBlur={editor.onBlur}
    >
      {content}
    </div>
  );
}
