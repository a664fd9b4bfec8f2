export type MailKind = 'email-verification' | 'email-change-requested' | 'email-changed' | 'password-changed';

export interface MailMessage {
  kind: MailKind;
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
