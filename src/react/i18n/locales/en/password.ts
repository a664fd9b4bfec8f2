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
  mismatch: 'The passwords do not match',
  sameAsCurrent: 'Must differ from the current password',
  /**
   * The password policy's problems, by id (`PasswordProblem`), `{n}` the limit: shown on the field
   * and, as the user types, in the strength hint (one message per problem). The English templates
   * are the core's own (`PASSWORD_PROBLEM_MESSAGES`), so a server's reason is shown in the viewer's
   * language too.
   */
  problems: {
    too_short: 'Use at least {n} characters',
    too_long: 'Use at most {n} characters',
    personal: "Don't use your name or email address in your password, nor the name of this site",
    common: 'This password is too common; choose another',
    date: 'A season or month with a year is among the first guesses; choose another',
    repeated: 'Repeated characters or words are easy to guess; choose another',
    sequence: 'Sequences and keyboard patterns (abcd, 1234, qwerty) are easy to guess; choose another',
    weak: 'This password is too easy to guess; add a few unrelated words',
    breached: 'This password has appeared in a data breach; choose another',
  },
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
