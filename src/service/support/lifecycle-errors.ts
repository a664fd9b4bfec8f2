import { fieldIssue, issueFields, ProfileError, SERVER_ISSUE_MESSAGES, type StoredAccount } from '../../core';

/** Why a lifecycle step does not apply to the account as it stands. */
export type StateIssue = 'deletionScheduled' | 'noDeletionScheduled' | 'alreadySuspended' | 'notSuspended';

/** `invalid_state` (409) naming `status` with the issue id, so a client translates it without matching English. */
export function invalidState(issue: StateIssue): ProfileError {
  return new ProfileError('invalid_state', SERVER_ISSUE_MESSAGES[issue], issueFields({ status: fieldIssue(issue) }));
}

/** Refuses a suspended account's own writes and actions (`account_suspended`, 403). */
export function refuseSuspended(account: Pick<StoredAccount, 'main'>): void {
  if (account.main.suspension) throw new ProfileError('account_suspended', 'This account is suspended');
}
