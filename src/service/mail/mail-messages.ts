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

/** `2026-12-17 10:00 UTC`: a date anyone reads the same, whatever their locale. */
function utcTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function deletionScheduledMail(accountId: string, to: string, purgeAt: string): MailMessage {
  return {
    kind: 'account-deletion-scheduled',
    accountId,
    to,
    subject: 'Your account will be erased',
    text: `Your account (${to}) is scheduled to be erased on ${utcTime(purgeAt)}, with everything stored about it. Until then you can sign in and cancel. If you did not ask for this, sign in, cancel, and change your password.`,
  };
}

export function accountErasedMail(accountId: string, to: string): MailMessage {
  return {
    kind: 'account-erased',
    accountId,
    to,
    subject: 'Your account was erased',
    text: `Your account (${to}) and the data stored about it have been erased. This address can be used to sign up again.`,
  };
}

/** How long a link lasts, in words: days from two days on, else hours. */
function lifetime(ms: number): string {
  const hours = ms / 3_600_000;
  return hours >= 48 ? `${Math.round(hours / 24)} days` : `${Math.max(1, Math.round(hours))} hours`;
}

export function invitationMail(accountId: string, to: string, link: string, ttlMs: number): MailMessage {
  return {
    kind: 'invitation',
    accountId,
    to,
    link,
    subject: 'You are invited: choose your password',
    text: `An account was created for ${to}. Open this link to choose your password:\n\n${link}\n\nThe link works once and expires in ${lifetime(ttlMs)}. If you did not expect this, ignore this message.`,
  };
}
