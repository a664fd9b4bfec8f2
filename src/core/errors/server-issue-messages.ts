/**
 * The English of the issues only the server raises (a refused change, a wrong password, a used
 * link), by id like `ISSUE_MESSAGES`. A client shows the error's `fields` message for these,
 * which holds this wording: the React catalogue need not carry them (a translation may).
 */
export const SERVER_ISSUE_MESSAGES = {
  neverChanges: 'This field can never be changed',
  managedBySignIn: 'This field is managed by the sign-in provider',
  useEmailFlow: 'Change the email address through the email change flow',
  managedByServer: 'This field is managed by the server',
  wrongPassword: 'Wrong password',
  emailTaken: 'Another account uses this email address',
  invalidCursor: 'Invalid cursor',
  wholeNumber: 'Whole number',
  invalidLink: 'This link is invalid, used or expired; ask for a new one',
  deletionScheduled: 'The account is already scheduled for erasure',
  noDeletionScheduled: 'No erasure is scheduled for this account',
  alreadySuspended: 'The account is already suspended',
  notSuspended: 'The account is not suspended',
  inviteOrPassword: 'Invite the user to choose a password, or set one, not both',
  invitationsOff: 'This server sends no invitations',
};
