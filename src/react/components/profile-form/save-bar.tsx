import { memo, useEffect, useState } from 'react';
import { useFormState } from 'react-hook-form';
import { useMessages } from '../../i18n/use-messages';
import { LiveStatus } from '../../ui/live-status';
import type { ProfileFormControl } from './form-plan';

/** What the last action of the form has to say ("Saved", "Nothing to save"…). */
export interface FormStatus {
  message: string;
  tone: 'neutral' | 'success';
}

export interface SaveBarProps {
  control: ProfileFormControl;
  /** A save (or an "overwrite with mine") is under way. */
  saving: boolean;
  status: FormStatus | null;
  onDiscard: () => void;
}

/**
 * The status line (a polite live region that always keeps its line) and the Save / Discard
 * buttons. The only part of the form that follows `isDirty` and `isSubmitting`: the first
 * keystroke re-renders this bar, not the form. Save is `aria-disabled` while saving (it keeps
 * focus; the form ignores a second submit), Discard is disabled while nothing changed.
 */
export const SaveBar = memo(function SaveBar({ control, saving, status, onDiscard }: SaveBarProps) {
  const { common, profileForm: m } = useMessages();
  const { isDirty, isSubmitting } = useFormState({ control });
  const busy = saving || isSubmitting;
  // A status from before the latest edit no longer holds ("Saved" while there are new changes).
  const [stale, setStale] = useState<FormStatus | null>(null);
  useEffect(() => {
    if (isDirty) setStale(status);
  }, [isDirty, status]);
  const message = busy ? common.saving : isDirty ? m.unsaved : status && status !== stale ? status.message : '';
  const tone = !busy && !isDirty && status && status !== stale ? status.tone : 'neutral';
  return (
    <div className="pk-save-bar" data-pk-dirty={isDirty ? 'true' : 'false'}>
      <LiveStatus tone={tone}>{message}</LiveStatus>
      <div className="pk-actions">
        <button type="button" className="pk-button" disabled={!isDirty || busy} onClick={onDiscard}>
          {m.discard}
        </button>
        <button type="submit" className="pk-button pk-button--primary" aria-disabled={busy ? 'true' : undefined}>
          {busy ? <span className="pk-spinner" aria-hidden="true" /> : null}
          {common.save}
        </button>
      </div>
    </div>
  );
});
