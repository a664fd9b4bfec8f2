import type { PasswordProblem } from '../../../core/browser';
import { en } from '../../i18n/locales/en';
import { formatMessage, type ProfileKitMessages } from '../../i18n/messages';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * The English wording of the policy's reasons (the core's `checkPasswordPolicy` messages, which a
 * server sends back), as patterns capturing `{n}`; the same key of `messages` renders them.
 */
const REASON_TEMPLATES = (
  [...Object.entries(en.password.problems), ['sameAsCurrent', en.password.sameAsCurrent]] as [PasswordProblem | 'sameAsCurrent', string][]
).map(([key, text]) => [key, new RegExp(`^${text.split('{n}').map(escape).join('(\\d+)')}$`)] as const);

/** A server reason, in the viewer's language: the policy's reasons first, then the core's validation messages (`fieldError`). */
export function serverReason(message: string, messages: ProfileKitMessages['password'], fieldError: (message: string) => string): string {
  for (const [key, template] of REASON_TEMPLATES) {
    const match = template.exec(message);
    if (!match) continue;
    if (key === 'sameAsCurrent') return messages.sameAsCurrent;
    return formatMessage(messages.problems[key], { n: match[1] ?? '' });
  }
  return fieldError(message);
}
