/**
 * An account's lifecycle state as the components show it: the banner on a profile (its holder's
 * words, or an admin's), the badges of the user list. Comes with the components that show it.
 */
export const accountStatus = {
  /** Badges in the user list: text, never colour alone. */
  badges: {
    suspended: 'Suspended',
    pendingDeletion: 'Pending deletion',
    unverified: 'Unverified',
    admin: 'Admin',
  },
  /** The holder's own profile. */
  self: {
    pendingDeletion: 'Your account will be erased on {date}.',
    pendingDeletionHelp: 'To keep it, cancel the deletion under “Delete account”.',
    suspended: 'Your account is suspended.',
    suspendedHelp: 'You can read your profile and download your data, but not change anything.',
  },
  /** Another account, as an admin sees it. */
  other: {
    pendingDeletion: 'This account will be erased on {date}.',
    suspended: 'This account is suspended since {date}.',
  },
  /** The reason an admin gave for a suspension. */
  reason: 'Reason: {reason}',
  /** A lifecycle step refused by a rate limit; `{wait}` in words ("50 minutes"). */
  rateLimited: 'Too many attempts. Try again in {wait}.',
};
