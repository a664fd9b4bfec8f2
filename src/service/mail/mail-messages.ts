import type { MailMessage } from '../contracts/mailer';

// Plain text, no tracking, no third-party content: these are security mail.

export function verificationMail(accountId: string, to: string, link: string, hours: number): MailMessage {
  return {
    kind: 'email-verification',
    accountId,
    to,
    link,
    subject: 'Confirm your new email address',
    text: `Open this link to make ${to} your account email:\n\n${link}\n\nThe link works once and expires in ${hours} hours. If you did not ask for this, ignore this message.`,
  };
}

export function emailChangeRequestedMail(accountId: string, to: string, newEmail: string): MailMessage {
  return {
    kind: 'email-change-requested',
    accountId,
    to,
    subject: 'Your account email is about to change',
    text: `Someone asked to change your account email to ${newEmail}. Your email stays ${to} until the new address is confirmed. If this was not you, change your password now.`,
  };
}

export function emailChangedMail(accountId: string, to: string, newEmail: string): MailMessage {
  return {
    kind: 'email-changed',
    accountId,
    to,
    subject: 'Your account email was changed',
    text: `Your account email is now ${newEmail}; this address (${to}) no longer signs in. If this was not you, contact support at once.`,
  };
}

export function passwordChangedMail(accountId: string, to: string): MailMessage {
  return {
    kind: 'password-changed',
    accountId,
    to,
    subject: 'Your password was changed',
    text: 'Your account password was just changed. If this was not you, reset your password and contact support at once.',
  };
}
