import type { AuditChange } from '../../core';

/** What an erased account's audit values become. */
export const ERASED = '[erased]';

/**
 * An erased account's audit changes (the rule every store applies, the SQL ones in SQL): each
 * field keeps its name (a free attribute's, which the holder chose, becomes `attributes.[erased]`)
 * and loses its values, `before` and `after` both `[erased]`; a redacted change has none and stays.
 */
export function erasedChanges(changes: readonly AuditChange[]): AuditChange[] {
  return changes.map((change) =>
    change.redacted
      ? { ...change }
      : { field: change.field.startsWith('attributes.') ? `attributes.${ERASED}` : change.field, before: ERASED, after: ERASED },
  );
}
