import { useEffect, useRef } from 'react';
import { useFormState } from 'react-hook-form';
import type { ProfileFormControl } from './form-plan';

export interface DirtyWatcherProps {
  control: ProfileFormControl;
  /** Called when the form goes from clean to dirty or back, and with `false` on unmount while dirty. */
  onDirtyChange: (dirty: boolean) => void;
}

/**
 * Reports `isDirty` changes from a component of its own, so that the form root never
 * subscribes to form state. Renders nothing.
 */
export function DirtyWatcher({ control, onDirtyChange }: DirtyWatcherProps) {
  const { isDirty } = useFormState({ control });
  const reported = useRef(false);
  const callback = useRef(onDirtyChange);
  callback.current = onDirtyChange;
  useEffect(() => {
    if (isDirty === reported.current) return;
    reported.current = isDirty;
    callback.current(isDirty);
  }, [isDirty]);
  useEffect(
    () => () => {
      if (reported.current) callback.current(false);
    },
    [],
  );
  return null;
}
