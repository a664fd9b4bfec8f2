/**
 * Every error code a profilekit backend may report, with the HTTP status the reference
 * server uses for it. Adapters map their backend's failures onto these codes so the
 * components behave the same whatever the backend.
 */
export const ERROR_STATUS = {
  malformed_json: 400,
  unauthenticated: 401,
  forbidden: 403,
  forbidden_field: 403,
  invalid_current_password: 403,
  /**
   * The viewer's account is suspended: its own writes, and everything an admin does to other
   * accounts, are refused. Reading its own profile (`GET /me`, with the reason) still works.
   */
  account_suspended: 403,
  not_found: 404,
  method_not_allowed: 405,
  email_taken: 409,
  /**
   * The account is not in a state this step applies to (erasure already scheduled, or none to
   * cancel; already suspended, or not suspended). The error names the field `status` with an
   * issue id (`deletionScheduled`, `noDeletionScheduled`, `alreadySuspended`, `notSuspended`).
   */
  invalid_state: 409,
  version_conflict: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation: 422,
  precondition_required: 428,
  rate_limited: 429,
  /** A fault on the backend's side, not the caller's; the message says nothing more. */
  internal: 500,
  /** The backend could not be reached (network, gateway); worth retrying. */
  unavailable: 503,
} as const;

export type ProfileErrorCode = keyof typeof ERROR_STATUS;

export const PROFILE_ERROR_CODES = Object.keys(ERROR_STATUS) as ProfileErrorCode[];

export function isProfileErrorCode(value: unknown): value is ProfileErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_STATUS, value);
}
