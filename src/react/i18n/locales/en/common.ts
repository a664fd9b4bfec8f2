import { DEFAULT_LABELS, ISSUE_MESSAGES, type SERVER_ISSUE_MESSAGES } from '../../../../core/browser';

/** Strings every component shares: actions, states, error codes, read-only reasons, dialogs. */
export const common = {
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved',
  cancel: 'Cancel',
  retry: 'Try again',
  edit: 'Edit',
  remove: 'Remove',
  close: 'Close',
  loading: 'Loading…',
  loadFailed: 'Could not load this.',
  required: 'Required',
  /** Shown for a field with no value. */
  empty: 'Not set',
  yes: 'Yes',
  no: 'No',
  /**
   * The names of the built-in fields and of the attributes list, by id: shown where the app's
   * config sets no label of its own (a label it sets is shown as it is, in every language). The
   * core's English (`DEFAULT_LABELS`).
   */
  fieldLabels: DEFAULT_LABELS,
  /** Why a field is read-only, by `FieldAccess.reason`. */
  readOnly: {
    immutable: 'This never changes.',
    external: 'Managed by your sign-in provider.',
    'email-flow': 'Changes through the email change flow.',
    'not-permitted': 'You cannot change this.',
  },
  /** Messages by `ProfileError` code, shown when the error has no field to land on. */
  errors: {
    malformed_json: 'The request was malformed.',
    unauthenticated: 'Sign in to continue.',
    forbidden: 'You are not allowed to do this.',
    forbidden_field: 'You may not change some of these fields.',
    invalid_current_password: 'The current password is not correct.',
    account_suspended: 'This account is suspended.',
    not_found: 'Not found.',
    method_not_allowed: 'This action is not supported.',
    email_taken: 'Another account already uses this email address.',
    invalid_state: 'The account is not in a state that allows this.',
    version_conflict: 'Someone else saved a change meanwhile.',
    payload_too_large: 'That is too much data to save at once.',
    unsupported_media_type: 'The request was malformed.',
    validation: 'Some fields need your attention.',
    precondition_required: 'The request was malformed.',
    rate_limited: 'Too many attempts. Try again in {seconds} seconds.',
    rate_limited_unknown: 'Too many attempts. Try again later.',
    internal: 'Something went wrong on our side.',
    unavailable: 'Cannot reach the server. Check your connection and try again.',
  },
  conflict: {
    title: 'This profile changed while you were editing',
    description: 'Someone else saved a change after you started. Compare and choose which to keep.',
    field: 'Field',
    theirs: 'Their value',
    mine: 'Your value',
    keepTheirs: 'Keep theirs',
    overwrite: 'Overwrite with mine',
    /** The dialog was closed without a choice: the edit is still there, unsaved. */
    unresolved: 'Not saved yet: someone else changed this profile meanwhile. Save again to compare and choose.',
  },
  confirm: {
    confirm: 'Confirm',
  },
  /**
   * The validation issues, by id (`FieldIssue.code`), `{n}`-style parts filled from the issue's
   * params: the core's own English (`ISSUE_MESSAGES`, shared with the server); a translation maps
   * each id to its own wording. The ids only the server raises are optional: without one, a field
   * shows the server's English message, which a translation may replace by id.
   */
  validation: ISSUE_MESSAGES as typeof ISSUE_MESSAGES & { [K in keyof typeof SERVER_ISSUE_MESSAGES]?: string },
};
