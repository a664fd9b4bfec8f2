import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProfileSaver, VersionConflict } from '../../hooks/use-save-profile';
import { focusIfLost } from '../../ui/focus-if-lost';
import { cellsOf, toPatch, type Cells } from './notification-cells';

/**
 * Instant mode: switches whose save met someone else's change and was not resolved yet (the
 * dialog is open, or was closed without a choice). Each keeps showing the user's value, unsaved.
 */
export interface UnresolvedChoices {
  /** A version the choices were made on: stale, so saving them on it meets the conflict again. */
  base: number;
  cells: Cells;
}

/**
 * The unsaved choices of instant mode: added when a toggle's save meets a conflict, settled by
 * "keep theirs", by a successful overwrite, or by toggling the switch again. `saveAgain` sends
 * them on their stale version, so the conflict dialog compares them with the profile as it is
 * now. When the last one settles, the controls that spoke of it go away: focus, if it fell to
 * the page, moves to the switch that was settled (`switchElement(key)`).
 */
export function useUnresolvedChoices(saver: ProfileSaver, switchElement: (key: string) => HTMLElement | null) {
  const [unresolved, setUnresolved] = useState<UnresolvedChoices | null>(null);

  const add = useCallback((conflict: VersionConflict, base: number) => {
    setUnresolved((current) => ({ base: Math.min(current?.base ?? base, base), cells: { ...current?.cells, ...cellsOf(conflict.patch) } }));
  }, []);

  /** Drops the cells still holding the values in `cells` (a later choice of the same switch stays). */
  const settle = useCallback((cells: Cells) => {
    setUnresolved((current) => {
      if (!current) return current;
      const left = Object.fromEntries(Object.entries(current.cells).filter(([key, value]) => cells[key] !== value));
      return Object.keys(left).length > 0 ? { ...current, cells: left } : null;
    });
  }, []);

  /** Rejects with the `ProfileError` when the save fails otherwise than by a conflict. */
  const saveAgain = async () => {
    if (!unresolved) return;
    const result = await saver.save(toPatch(unresolved.cells), unresolved.base);
    if (result.status === 'saved') settle(unresolved.cells);
  };

  // What `VersionConflictDialog` takes: either answer settles the choices the conflict was about; closing it leaves them.
  const { conflict } = saver;
  const conflictSaver: Pick<ProfileSaver, 'conflict' | 'keepTheirs' | 'overwrite' | 'dismiss'> = {
    conflict,
    dismiss: saver.dismiss,
    keepTheirs: () => {
      if (conflict) settle(cellsOf(conflict.patch));
      saver.keepTheirs();
    },
    overwrite: async () => {
      const result = await saver.overwrite();
      if (result.status === 'saved' && conflict) settle(cellsOf(conflict.patch));
      return result;
    },
  };

  const element = useRef(switchElement);
  element.current = switchElement;
  const previous = useRef<UnresolvedChoices | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = unresolved;
    const key = before && !unresolved ? Object.keys(before.cells)[0] : undefined;
    if (key) focusIfLost(() => element.current(key));
  }, [unresolved]);

  return { unresolved, add, settle, saveAgain, conflictSaver };
}
