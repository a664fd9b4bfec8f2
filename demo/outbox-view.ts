import type { SentMail } from '../src/server';

/**
 * The mail one viewer may read in the demo's outbox, which stands in for every mailbox at once.
 * An admin reads all of it. Anyone else reads only the mail about their own account: to their
 * address, the link to the address they asked to change to, the notice to the address they
 * left. Never mail about another account, whatever address it went to: two accounts may both
 * ask for the same free address, and neither may read the other's link to it. An invitation is
 * the invited account's (an admin reads it first: nobody is signed in as that account yet), and
 * an erased account's last mail is an admin's to read only: the account is gone.
 */
export function visibleMail(viewer: { userId: string; isAdmin: boolean }, messages: readonly SentMail[]): SentMail[] {
  return viewer.isAdmin ? [...messages] : messages.filter((mail) => mail.accountId === viewer.userId);
}
