export type MailKind =
  | 'email-verification'
  | 'email-change-requested'
  | 'email-changed'
  | 'password-changed'
  /** To the account's address: its erasure is scheduled, with the date (and how to stop it). */
  | 'account-deletion-scheduled'
  /** To the address the account had: it is erased. The account no longer exists when this is sent. */
  | 'account-erased'
  /** To an invited address: the set-password link (`link`). */
  | 'invitation';

export interface MailMessage {
  kind: MailKind;
  /**
   * The account the mail is about: the one whose address it goes to, that asked for the address
   * it verifies, or (for `email-changed`) that just left the address it goes to. For logs and
   * per-account inboxes; never put it in a link.
   */
  accountId: string;
  to: string;
  subject: string;
  text: string;
  /** The link the mail is for: the verification link (`email-verification`), the set-password link (`invitation`). */
  link?: string;
}

/**
 * Sends mail. The service calls it after a save has committed; a failure does not undo the save
 * (it goes to `onBackgroundError`). Every message is built in `mail-messages.ts`.
 */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
