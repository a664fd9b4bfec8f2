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
   * The password policy's reasons (`checkPassword` problems). The English templates match the
   * core's messages, so a server's reason is shown in the viewer's language too.
   */
  problems: {
    too_short: 'Use at least {n} characters',
    too_long: 'Use at most {n} characters',
    common: 'This password is too common; choose another',
    personal: "Don't use your name or email address in your password",
  },
  /** The strength hint under the new password, updated as the user types. */
  strength: {
    empty: 'Use {min} to {max} characters. A few unrelated words make a strong password.',
    tooShort: 'Too short: use at least {min} characters.',
    tooLong: 'Too long: use at most {max} characters.',
    common: 'Too common: this password is on lists attackers try first.',
    personal: 'Contains your name or email address.',
    fair: 'Strength: fair. Longer is stronger.',
    good: 'Strength: good.',
    strong: 'Strength: strong.',
  },
};
