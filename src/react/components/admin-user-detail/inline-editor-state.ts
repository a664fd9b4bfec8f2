/**
 * The states of one inline editor: `idle` (the value button), `editing` a draft, `error` (the
 * draft did not validate or its save failed), `saving`, `saved` (at rest after a save went
 * through) and `conflict` (the save met someone else's change and the dialog closed without a
 * choice: the draft is back, unsaved).
 */
export type InlineEditorState<D> =
  | { status: 'idle' }
  | { status: 'saved' }
  | { status: 'editing'; draft: D }
  | { status: 'error' | 'conflict'; draft: D; error: string }
  | { status: 'saving'; draft: D; display: string | null };

export type InlineEditorEvent<D> =
  | { type: 'open'; draft: D }
  | { type: 'change'; draft: D }
  | { type: 'cancel' }
  | { type: 'invalid'; error: string }
  | { type: 'save'; display: string | null }
  | { type: 'saved' }
  | { type: 'failed'; error: string }
  | { type: 'conflict'; error: string };

export type OpenEditorState<D> = Extract<InlineEditorState<D>, { draft: D; status: 'editing' | 'error' | 'conflict' }>;

/** The editor is open: a draft in an input. */
export const isOpen = <D>(state: InlineEditorState<D>): state is OpenEditorState<D> => 'draft' in state && state.status !== 'saving';

/** The next state; an event that does not apply in a state leaves it as it is (the same object). */
export function inlineEditorReducer<D>(state: InlineEditorState<D>, event: InlineEditorEvent<D>): InlineEditorState<D> {
  if (state.status === 'idle' || state.status === 'saved') return event.type === 'open' ? { status: 'editing', draft: event.draft } : state;
  if (state.status === 'saving') {
    if (event.type === 'saved') return { status: 'saved' };
    if (event.type === 'failed') return { status: 'error', draft: state.draft, error: event.error };
    if (event.type === 'conflict') return { status: 'conflict', draft: state.draft, error: event.error };
    return state;
  }
  switch (event.type) {
    case 'change':
      return { ...state, draft: event.draft };
    // Escape, or a commit with nothing changed: closed, nothing written.
    case 'cancel':
      return { status: 'idle' };
    case 'invalid':
      return { status: 'error', draft: state.draft, error: event.error };
    case 'save':
      return { status: 'saving', draft: state.draft, display: event.display };
    default:
      return state;
  }
}

/** The row's `data-state`, as `InlineField` documents it: `readonly | idle | editing | invalid | saving`. */
export function inlineDataState<D>(state: InlineEditorState<D>, readOnly: boolean): string {
  if (readOnly) return 'readonly';
  if (state.status === 'saved') return 'idle';
  if (state.status === 'error' || state.status === 'conflict') return 'invalid';
  return state.status;
}
