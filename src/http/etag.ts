import { ProfileError } from '../core';

/** The profile version as a strong ETag: `"7"`. */
export function formatETag(version: number): string {
  return `"${version}"`;
}

/**
 * The version an `If-Match` header names: `undefined` when absent (or `*`, which names none),
 * a number for one strong ETag. Anything else (weak, several, garbage) can never match the
 * current version: `version_conflict`.
 */
export function parseIfMatch(header: string | null): number | undefined {
  if (header === null || header.trim() === '' || header.trim() === '*') return undefined;
  const match = /^"(\d{1,15})"$/.exec(header.trim());
  if (!match) throw new ProfileError('version_conflict', 'If-Match must be the ETag of the profile you started from');
  return Number(match[1]);
}
