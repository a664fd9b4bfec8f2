import { ProfileError } from '../../core';

// A cursor is the base64 of a row's `seq`: opaque to callers, checked when it comes back.

export function encodeCursor(seq: number): string {
  return btoa(String(seq));
}

/** The seq a cursor names, `null` for none; throws `validation` for anything else. */
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
