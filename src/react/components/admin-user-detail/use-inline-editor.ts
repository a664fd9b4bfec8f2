import { useEffect, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { isFocusLost } from '../../ui/focus-if-lost';
import { inlineEditorReducer, isOpen, type InlineEditorEvent, type InlineEditorState } from './inline-editor-state';
import type { InlineCommit } from './inline-field-props';

const FOCUSABLE = 'input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])';
const SELECTABLE = new Set(['text', 'tel', 'url', 'email', 'search', 'number', 'password']);

/** What the editor reads of `InlineField`'s props. */
export interface InlineEditorOptions<D> {
  initialDraft?: D;
  onCommit?: (draft: D) => InlineCommit;
  onEditStart?: () => void;
}

/**
 * The controller of one `InlineField`: its state (`inlineEditorReducer`), the handlers of the
 * value button, the editor's keys and blur, and where focus goes when it opens or closes.
 */
export function useInlineEditor<D>({ initialDraft, onCommit, onEditStart }: InlineEditorOptions<D>, readOnly: boolean) {
  const { common } = useMessages();
  const [state, setState] = useState<InlineEditorState<D>>({ status: 'idle' });
  // Events read the state they change at once: Enter then the blur it causes must not save twice.
  const current = useRef(state);
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

  const send = (event: InlineEditorEvent<D>) => {
    const next = inlineEditorReducer(current.current, event);
    current.current = next;
    setState(next);
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

  const open = () => {
    const status = current.current.status;
    if (readOnly || (status !== 'idle' && status !== 'saved')) return;
    onEditStart?.();
    focusNext.current = 'input';
    send({ type: 'open', draft: initialDraft as D });
  };

  const cancel = () => {
    if (!isOpen(current.current)) return;
    focusNext.current = 'trigger';
    send({ type: 'cancel' });
  };

  const settle = (outcome: string | null | { unresolved: string }) => {
    if (!mounted.current) return;
    if (outcome === null) return send({ type: 'saved' });
    // Reopen with what was typed; take focus back only if it is still on this row's button (or lost).
    if (document.activeElement === triggerRef.current || isFocusLost()) focusNext.current = 'input';
    send(typeof outcome === 'string' ? { type: 'failed', error: outcome } : { type: 'conflict', error: outcome.unresolved });
  };

  const commit = (via: 'keyboard' | 'blur' | 'button') => {
    const now = current.current;
    if (!isOpen(now) || !onCommit) return;
    const result = onCommit(now.draft);
    if (result.status === 'invalid') {
      if (via !== 'blur') focusNext.current = 'input';
      return send({ type: 'invalid', error: result.error });
    }
    if (via !== 'blur') focusNext.current = 'trigger';
    if (result.status === 'unchanged') return send({ type: 'cancel' });
    send({ type: 'save', display: result.display ?? null });
    void result.done.then(settle, () => settle(common.errors.internal));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!isOpen(current.current)) return;
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
    if (!isOpen(current.current)) return;
    const next = event.relatedTarget as Node | null;
    if (next && event.currentTarget.contains(next)) return;
    commit('blur');
  };

  const onChange = (draft: D) => send({ type: 'change', draft });

  return { state, triggerRef, editorRef, open, cancel, commit, onChange, onKeyDown, onBlur };
}
