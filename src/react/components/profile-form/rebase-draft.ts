import { get } from 'react-hook-form';
import { isEditable, sameFormValue, type FormEntry, type ProfileFormValues } from './form-plan';

/** What taking in a newer profile under a draft means for it. */
export interface RebasedDraft {
  /** The user's own values to put back over the new ones (form name, value). */
  kept: [string, unknown][];
  /** A field the user edited changed under them too: the save must meet the conflict. */
  clash: boolean;
  /** Any editable field differs between the old and the new profile. */
  changed: boolean;
}

/**
 * Rebases the user's draft (`mine`) from the values it was based on (`was`) onto newer ones
 * (`now`): untouched fields take the new value; edited ones are kept, and an edited field that
 * also changed in `now` is a clash.
 */
export function rebaseDraft(was: ProfileFormValues, now: ProfileFormValues, mine: ProfileFormValues, entries: readonly FormEntry[]): RebasedDraft {
  const rebased: RebasedDraft = { kept: [], clash: false, changed: false };
  for (const entry of entries) {
    if (!isEditable(entry)) continue;
    const base = get(was, entry.name) as unknown;
    const next = get(now, entry.name) as unknown;
    const own = get(mine, entry.name) as unknown;
    const moved = !sameFormValue(base, next);
    if (moved) rebased.changed = true;
    if (sameFormValue(own, base) || sameFormValue(own, next)) continue;
    rebased.kept.push([entry.name, own]);
    if (moved) rebased.clash = true;
  }
  return rebased;
}
