import { ISSUE_MESSAGES, PASSWORD_PROBLEM_MESSAGES } from '../../../../core/browser';

/** Strings of PasswordChange. */
export const password = {
  title: 'Change password',
  current: 'Current password',
  new: 'New password',
  confirm: 'Confirm new password',
  /** Visible text of the show/hide toggle (a toggle button: `aria-pressed` says whether the password shows). */
  show: 'Show',
  /** Accessible names of the three toggles; each starts with `show` (the visible text). */
  showCurrent: 'Show current password',
  showNew: 'Show new password',
  showConfirm: 'Show confirmed password',
  submit: 'Change password',
  submitting: 'Changing your password…',
  changed: 'Your password has been changed.',
  currentRequired: 'Enter your current password',
  wrongCurrent: 'The current password is not correct',
  confirmRequired: 'Enter the new password again',
  mismatch: ISSUE_MESSAGES.passwordsDiffer,
  sameAsCurrent: ISSUE_MESSAGES.sameAsCurrent,
  /**
   * The password policy's problems, by id (`PasswordProblem`), `{n}` the limit: shown on the field
   * and, as the user types, in the strength hint (one message per problem). The English templates
   * are the core's own (`PASSWORD_PROBLEM_MESSAGES`); a server's refusal carries the id
   * (`{ code: 'password', params: { problem } }`), so it is shown in the viewer's language too.
   */
  problems: PASSWORD_PROBLEM_MESSAGES,
  /** The strength hint under the new password once no problem stands: updated as the user types. */
  strength: {
    empty: 'Use {min} to {max} characters. A few unrelated words make a strong password.',
    /** The light rules pass; the strength check is still loading. */
    checking: 'Checking the strength…',
    fair: 'Strength: fair. Longer is stronger.',
    good: 'Strength: good.',
    strong: 'Strength: strong.',
  },
};
