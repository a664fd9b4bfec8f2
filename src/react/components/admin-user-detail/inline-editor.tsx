import type { ReactNode, RefObject } from 'react';
import { useFormatters } from '../../i18n/use-formatters';
import { useMessages } from '../../i18n/use-messages';
import { describedBy } from '../../ui/field-notes';
import type { FieldControlProps } from '../../ui/field-shell';
import type { InlineFieldProps } from './inline-field-props';
import type { useInlineEditor } from './use-inline-editor';

export interface InlineEditorProps<D> extends InlineFieldProps<D> {
  editor: ReturnType<typeof useInlineEditor<D>>;
  draft: D;
  error: string | null;
  helpText: string;
  labelId: string;
  /** The reason, help and error under the input. */
  notes: ReactNode;
}

/** The open editor of an `InlineField`: its label, the input (or `renderInput`'s), Save and Cancel. */
export function InlineEditor<D>({ editor, draft, error, helpText, labelId, notes, ...props }: InlineEditorProps<D>) {
  const { id, label, renderInput, group = false } = props;
  const { common, admin } = useMessages();
  const fmt = useFormatters();
  const controlDescribedBy = describedBy(error && `${id}-error`, helpText && `${id}-help`);
  const control: FieldControlProps = {
    id,
    ...(controlDescribedBy ? { 'aria-describedby': controlDescribedBy } : {}),
    ...(error ? { 'aria-invalid': true as const } : {}),
  };
  const setDraft = editor.onChange;
  const input = renderInput ? (
    renderInput({ control, value: draft, onChange: setDraft, label })
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
  // Pressing a button (or the label) must not blur, and so save, the input.
  const keepFocus = (e: { preventDefault: () => void }) => e.preventDefault();
  const buttons = (
    <span className="pk-inline-actions">
      <button
        type="button"
        className="pk-button pk-button--primary pk-inline-save"
        aria-label={fmt.format(admin.inline.save, { label })}
        onMouseDown={keepFocus}
        onClick={() => editor.commit('button')}
      >
        {common.save}
      </button>
      <button type="button" className="pk-button pk-inline-cancel" aria-label={fmt.format(admin.inline.cancel, { label })} onMouseDown={keepFocus} onClick={editor.cancel}>
        {common.cancel}
      </button>
    </span>
  );
  const Editor = group ? 'fieldset' : 'div';
  return (
    <>
      {group ? (
        <span className="pk-label pk-inline-label" id={labelId} aria-hidden="true">
          {label}
        </span>
      ) : (
        <label className="pk-label pk-inline-label" htmlFor={id} id={labelId} onMouseDown={keepFocus}>
          {label}
        </label>
      )}
      <div className="pk-inline-body">
        <Editor className="pk-inline-editor" ref={editor.editorRef as RefObject<HTMLDivElement & HTMLFieldSetElement>} aria-describedby={group ? controlDescribedBy : undefined}>
          {group ? <legend className="pk-visually-hidden">{label}</legend> : null}
          {input}
          {buttons}
        </Editor>
        {notes}
      </div>
    </>
  );
}
