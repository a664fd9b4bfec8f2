import { boundFieldErrors } from './bound-field-errors';
import { isProfileErrorCode, type ProfileErrorCode } from './error-codes';
import type { FieldIssues } from './field-issue';

/** Per-field messages, keyed by field name (`custom.height`, `notifications.email.security`). */
export type FieldErrors = Record<string, string>;

export interface ProfileErrorOptions {
  /**
   * Per-field messages; the components show each one on its input. At most `MAX_ERROR_FIELDS`
   * are kept (the first ones); the rest are counted in `moreFields`.
   */
  fields?: FieldErrors;
  /**
   * The same problems by id (`{ code, params }`), for a client to translate; kept only for the
   * fields `fields` keeps. A field whose problem has no id has a message and no issue.
   */
  issues?: FieldIssues;
  /** Fields with a problem beyond those in `fields` (as read back from the wire). Default 0. */
  moreFields?: number;
  /** For `rate_limited`: seconds until the caller may try again. */
  retryAfter?: number;
}

/** The wire form of an error: `{ "error": ProfileErrorBody }`. */
export interface ProfileErrorBody {
  code: ProfileErrorCode;
  message: string;
  fields?: FieldErrors;
  /** Per-field issue ids and params, for the fields of `fields` whose problem has one. */
  issues?: FieldIssues;
  /** How many fields had a problem beyond the ones `fields` names (it names at most 20). */
  moreFields?: number;
  retryAfter?: number;
}

/**
 * The one error type of profilekit. Every adapter method throws it (and nothing else) for
 * failures the user can act on, so "email taken" lands on the email input whatever the backend.
 */
export class ProfileError extends Error {
  readonly code: ProfileErrorCode;
  readonly fields?: FieldErrors;
  /** Each field's problem by id, for translating; see `ProfileErrorOptions.issues`. */
  readonly issues?: FieldIssues;
  /** Fields with a problem that `fields` does not name (it names at most `MAX_ERROR_FIELDS`). */
  readonly moreFields?: number;
  readonly retryAfter?: number;

  constructor(code: ProfileErrorCode, message: string, options: ProfileErrorOptions = {}) {
    super(message);
    this.name = 'ProfileError';
    this.code = code;
    const bounded = options.fields ? boundFieldErrors(options.fields) : { fields: {}, more: 0 };
    if (Object.keys(bounded.fields).length > 0) this.fields = bounded.fields;
    // Issues only for the fields kept: `issues` never names a field `fields` does not.
    const fields = this.fields ?? {};
    const issues = Object.entries(boundFieldErrors(options.issues ?? {}).fields).filter(([name]) => Object.hasOwn(fields, name));
    if (issues.length > 0) this.issues = Object.fromEntries(issues);
    const more = bounded.more + (options.moreFields ?? 0);
    if (more > 0) this.moreFields = more;
    if (options.retryAfter !== undefined) this.retryAfter = options.retryAfter;
  }

  toJSON(): ProfileErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.fields ? { fields: this.fields } : {}),
      ...(this.issues ? { issues: this.issues } : {}),
      ...(this.moreFields !== undefined ? { moreFields: this.moreFields } : {}),
      ...(this.retryAfter !== undefined ? { retryAfter: this.retryAfter } : {}),
    };
  }
}

/**
 * Whether `error` is a ProfileError. Checks the shape as well as the class, so it also holds
 * across two copies of profilekit in one bundle (a linked package, a monorepo).
 */
export function isProfileError(error: unknown): error is ProfileError {
  if (error instanceof ProfileError) return true;
  return (
    error instanceof Error &&
    error.name === 'ProfileError' &&
    isProfileErrorCode((error as { code?: unknown }).code)
  );
}
