/** Strings of the admin component(s): `AdminUserDetail` and its inline-edit rows. */
export const admin = {
  /** The page heading when the user has no name. */
  untitled: 'User {id}',
  sections: {
    account: 'Account',
    billing: 'Billing',
    apiKeys: 'API keys',
    custom: 'Custom fields',
    attributes: 'Attributes',
    history: 'History',
  },
  inline: {
    /** The accessible name of a field's value button. */
    edit: 'Edit {label}, {value}',
    save: 'Save {label}',
    cancel: 'Cancel editing {label}',
    saving: 'Saving {label}…',
    saved: '{label} saved.',
    /** A multi-line field: Enter adds a line. */
    multilineHelp: 'Ctrl+Enter saves.',
  },
  list: {
    help: 'Separate entries with commas.',
  },
  identity: '{provider}: {account}',
  email: {
    verified: 'Verified',
    unverified: 'Not verified',
    pending: 'Pending: {email}',
    pendingHint: 'Waiting for the user to open the confirmation link.',
    change: 'Change email',
    newEmail: 'New email address',
    markVerified: 'Mark as verified',
    markVerifiedHelp: 'Applies at once, without a confirmation email.',
    submit: 'Change email',
    sentLink: 'A confirmation link was sent to {email}.',
    changed: 'Email changed to {email}.',
    /** An admin's own address changes through the email change flow, which asks for their password. */
    ownForbidden: 'Change your own email address from your profile: it asks for your password.',
  },
  billing: {
    plan: 'Plan',
    status: 'Billing status',
    seats: 'Seats',
    customerRef: 'Customer reference',
    statuses: {
      trialing: 'Trial',
      active: 'Active',
      past_due: 'Past due',
      canceled: 'Canceled',
    },
  },
  apiKeys: {
    empty: 'No API keys.',
    /** The label of a key's name field. */
    label: 'Name of key {key}',
    created: 'Created {date}',
    revoke: 'Revoke',
    revokeLabel: 'Revoke key {label}',
    revokeTitle: 'Revoke the key “{label}”?',
    revokeDescription: 'Apps using this key stop working at once. This cannot be undone.',
    revoking: 'Revoking {label}…',
    revoked: 'Key “{label}” revoked.',
  },
  attributes: {
    empty: 'No attributes.',
    add: 'Add attribute',
    key: 'Attribute name',
    value: 'Value',
    /** The add form's submit button. */
    save: 'Add',
    remove: 'Remove',
    removeLabel: 'Remove attribute {key}',
    removeTitle: 'Remove the attribute “{key}”?',
    removeDescription: 'It is deleted at once.',
    added: 'Attribute {key} added.',
    removed: 'Attribute {key} removed.',
    /** Adding a name the user already has (edit that row instead). */
    keyTaken: 'This attribute already exists: edit it in its row.',
  },
  audit: {
    empty: 'No changes yet.',
    loadMore: 'Load more',
    /** One entry's heading: what happened and who did it. */
    summary: '{action} by {actor}',
    actorUser: 'the user',
    actorYou: 'you',
    change: '{field}: {before} → {after}',
    redacted: '{field}: changed (value hidden)',
    password: 'Password',
    actions: {
      accountCreate: 'Account created',
      profileUpdate: 'Profile updated',
      emailRequest: 'Email change requested',
      emailCancel: 'Email change cancelled',
      emailConfirm: 'Email change confirmed',
      emailSet: 'Email set by an administrator',
      passwordChange: 'Password changed',
    },
  },
};
