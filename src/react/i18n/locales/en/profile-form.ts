/** Strings of ProfileForm and EmailChange. Field labels come from the field config, not from here. */
export const profileForm = {
  /** Resets every changed field to its saved value. */
  discard: 'Discard changes',
  /** Shown while the form holds changes not yet saved. */
  unsaved: 'You have unsaved changes.',
  saved: 'Your profile is saved.',
  nothingToSave: 'Nothing to save: no field was changed.',
  keptTheirs: 'Kept the other change; yours was discarded.',
  /** The form-level message when a save fails on fields, after focus moved to the first one. */
  fixFields: 'Check the highlighted fields and save again.',
  verified: 'Verified',
  notVerified: 'Not verified',
  /** An admin sees another user's address awaiting confirmation. */
  pendingEmailOther: 'Awaiting confirmation: {email}',
  /** One linked sign-in: provider name as the label, this as the value. */
  identity: '{email} · linked {date}',
  identityNoEmail: 'Linked {date}',
  /** Help of a list typed as text (roles, active apps). */
  listHelp: 'Separate entries with commas.',
  billing: {
    plan: 'Plan',
    status: 'Status',
    seats: 'Seats',
    customerRef: 'Customer reference',
    none: 'No billing details.',
    statuses: {
      trialing: 'Trial',
      active: 'Active',
      past_due: 'Payment overdue',
      canceled: 'Canceled',
    },
  },
  apiKeys: {
    label: 'Label',
    key: 'Key',
    created: 'Created',
    none: 'No API keys.',
    /** Screen-reader hint on the masked column. */
    maskedHint: 'Only the start of each key is shown.',
  },
  email: {
    title: 'Email address',
    change: 'Change email',
    newEmail: 'New email address',
    currentPassword: 'Current password',
    passwordHelp: 'Confirm it is you: enter the password you sign in with.',
    submit: 'Send confirmation link',
    sending: 'Sending…',
    /** Announced once the link is sent. */
    sent: 'We sent a confirmation link to {email}.',
    pending: 'Confirm {email}: we sent a link to it.',
    pendingHelp: 'Your sign-in address stays {current} until you open the link.',
    resend: 'Resend link',
    resendHelp: 'Enter your password to send a new link to {email}.',
    cancelChange: 'Cancel change',
    cancelling: 'Cancelling…',
    cancelled: 'Email change cancelled. Your address stays {current}.',
  },
};
