import { fieldIssue, issueFields, ProfileError, type Page } from '../core';

// A paging cursor is the base64 of a row's sequence number: opaque to callers, checked when it
// comes back. Every store pages by such a number, so they share the encoding.

export function encodeCursor(seq: number): string {
  return btoa(String(seq));
}

/** The sequence number a cursor names, `null` for none; throws `validation` for anything else. */
export function decodeCursor(cursor: string | null | undefined): number | null {
  if (!cursor) return null;
  try {
    const text = atob(cursor);
    const seq = Number(text);
    if (/^\d+$/.test(text) && Number.isSafeInteger(seq)) return seq;
  } catch {
    // not base64: fall through
  }
  throw new ProfileError('validation', 'Invalid cursor', issueFields({ cursor: fieldIssue('invalidCursor') }));
}

/**
 * One page of `rows`, fetched with one row more than `limit` to tell whether another page
 * follows: the first `limit` as items, and the cursor after the last shown row if so.
 */
export function pageOf<R, T>(rows: R[], limit: number, item: (row: R) => T, seqOf: (row: R) => number): Page<T> {
  const shown = rows.slice(0, limit);
  const last = shown[shown.length - 1];
  return {
    items: shown.map(item),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(seqOf(last)) : null,
  };
}
