import type { ReactNode } from 'react';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import { cx } from '../../ui/class-names';
import { describedBy, FieldNotes } from '../../ui/field-notes';
import { Spinner } from '../../ui/spinner';
import { inlineDataState, isOpen } from './inline-editor-state';
import { InlineEditor } from './inline-editor';
import type { InlineFieldProps } from './inline-field-props';
import { useInlineEditor } from './use-inline-editor';

export type { InlineCommit, InlineFieldProps, InlineInputProps, InlineOutcome } from './inline-field-props';

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
