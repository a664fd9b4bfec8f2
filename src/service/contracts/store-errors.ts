import { fieldIssue, issueFields, ProfileError } from '../../core';

// The errors a ProfileStore throws, built in one place so every store words them alike.

export function emailTakenError(): ProfileError {
  return new ProfileError('email_taken', 'Another account uses this email address', issueFields({ email: fieldIssue('emailTaken') }));
}

export function versionConflictError(): ProfileError {
  return new ProfileError('version_conflict', 'This profile was changed meanwhile; reload and try again');
}

export function accountNotFoundError(): ProfileError {
  return new ProfileError('not_found', 'No such account');
}
