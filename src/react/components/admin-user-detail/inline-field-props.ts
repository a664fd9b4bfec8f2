import type { ReactNode } from 'react';
import type { FieldReason } from '../../../core/browser';
import type { FieldControlProps } from '../../ui/field-shell';

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
