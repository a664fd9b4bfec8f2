import type { Mailer, MailMessage } from '../contracts/mailer';

export interface SentMail extends MailMessage {
  sentAt: string;
}

export interface OutboxMailer extends Mailer {
  /** Every message sent so far, oldest first (copies). */
  messages(): SentMail[];
  clear(): void;
}

/** A mailer that keeps what it sends instead of delivering it: for the demo, stories and tests. */
export function createOutboxMailer(options: { clock?: () => Date; limit?: number } = {}): OutboxMailer {
  const clock = options.clock ?? (() => new Date());
  const limit = options.limit ?? 1000;
  let sent: SentMail[] = [];
  return {
    async send(message) {
      sent.push({ ...message, sentAt: clock().toISOString() });
      if (sent.length > limit) sent = sent.slice(-limit);
    },
    messages: () => sent.map((m) => ({ ...m })),
    clear() {
      sent = [];
    },
  };
}
