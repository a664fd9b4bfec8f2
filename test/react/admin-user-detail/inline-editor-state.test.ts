import { describe, expect, it } from 'vitest';
import { inlineDataState, inlineEditorReducer, isOpen, type InlineEditorState } from '../../../src/react/components/admin-user-detail/inline-editor-state';

type S = InlineEditorState<string>;
const idle: S = { status: 'idle' };
const editing: S = { status: 'editing', draft: 'a' };

describe('inlineEditorReducer', () => {
  it('opens from idle and from saved with the draft; nothing else opens it', () => {
    expect(inlineEditorReducer(idle, { type: 'open', draft: 'x' })).toEqual({ status: 'editing', draft: 'x' });
    expect(inlineEditorReducer<string>({ status: 'saved' }, { type: 'open', draft: 'x' })).toEqual({ status: 'editing', draft: 'x' });
    expect(inlineEditorReducer(idle, { type: 'save', display: null })).toBe(idle);
    expect(inlineEditorReducer(idle, { type: 'cancel' })).toBe(idle);
  });

  it('an open editor changes its draft, keeps an error, cancels, turns invalid, starts saving', () => {
    const error: S = { status: 'error', draft: 'a', error: 'Too long' };
    expect(inlineEditorReducer(editing, { type: 'change', draft: 'ab' })).toEqual({ status: 'editing', draft: 'ab' });
    expect(inlineEditorReducer(error, { type: 'change', draft: 'ab' })).toEqual({ status: 'error', draft: 'ab', error: 'Too long' });
    expect(inlineEditorReducer(error, { type: 'cancel' })).toEqual(idle);
    expect(inlineEditorReducer(editing, { type: 'invalid', error: 'Bad' })).toEqual({ status: 'error', draft: 'a', error: 'Bad' });
    expect(inlineEditorReducer(editing, { type: 'save', display: 'A' })).toEqual({ status: 'saving', draft: 'a', display: 'A' });
    expect(inlineEditorReducer(editing, { type: 'open', draft: 'z' })).toBe(editing);
  });

  it('a save settles saved, failed (the draft back with the message) or in a conflict left unresolved', () => {
    const saving: S = { status: 'saving', draft: 'a', display: null };
    expect(inlineEditorReducer(saving, { type: 'saved' })).toEqual({ status: 'saved' });
    expect(inlineEditorReducer(saving, { type: 'failed', error: 'Down' })).toEqual({ status: 'error', draft: 'a', error: 'Down' });
    expect(inlineEditorReducer(saving, { type: 'conflict', error: 'Unresolved' })).toEqual({ status: 'conflict', draft: 'a', error: 'Unresolved' });
    // While saving, the editor neither reopens nor takes edits.
    expect(inlineEditorReducer(saving, { type: 'open', draft: 'b' })).toBe(saving);
    expect(inlineEditorReducer(saving, { type: 'change', draft: 'b' })).toBe(saving);
    expect(inlineEditorReducer(saving, { type: 'cancel' })).toBe(saving);
  });

  it('maps onto the documented data-state values', () => {
    expect(inlineDataState(idle, true)).toBe('readonly');
    expect(inlineDataState(idle, false)).toBe('idle');
    expect(inlineDataState<string>({ status: 'saved' }, false)).toBe('idle');
    expect(inlineDataState(editing, false)).toBe('editing');
    expect(inlineDataState<string>({ status: 'conflict', draft: 'a', error: 'x' }, false)).toBe('invalid');
    expect(inlineDataState<string>({ status: 'saving', draft: 'a', display: null }, false)).toBe('saving');
    expect(isOpen(editing)).toBe(true);
    expect(isOpen<string>({ status: 'saving', draft: 'a', display: null })).toBe(false);
  });
});
