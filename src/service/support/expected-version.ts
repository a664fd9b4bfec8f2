import { ProfileError } from '../../core';
import { versionConflictError } from '../contracts/store-errors';

/** Throws `precondition_required` unless `version` is a plausible version number. */
export function requireVersion(version: unknown): number {
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    throw new ProfileError('precondition_required', 'Say which version this change is based on');
  }
  return version;
}

/** Whether the client named a version (`If-Match`); writes where it is optional base themselves on a fresh read otherwise. */
export const namesVersion = (version: unknown) => version !== undefined && version !== null;

/** The client's version when it sent one (it must then be current), else the one just read. */
export function basedOn(version: unknown, current: number): number {
  const expected = namesVersion(version) ? requireVersion(version) : current;
  if (expected !== current) throw versionConflictError();
  return expected;
}
