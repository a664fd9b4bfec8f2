import { ProfileError } from '../core';

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
  throw new ProfileError('validation', 'Invalid cursor', { fields: { cursor: 'Invalid cursor' } });
}
