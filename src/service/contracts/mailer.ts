export type MailKind = 'email-verification' | 'email-change-requested' | 'email-changed' | 'password-changed';

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
  /** The verification link, for `email-verification`. */
  link?: string;
}

/** Sends mail. The service calls it after a save has committed; a failure does not undo the save. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
