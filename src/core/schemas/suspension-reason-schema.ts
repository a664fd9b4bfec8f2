import { withIssue } from './zod-issue';
import { textSchema } from './value-schemas';

/** The longest a suspension's reason may be, in characters. */
export const SUSPENSION_REASON_MAX_LENGTH = 500;

/**
 * A suspension's reason (`suspendUser`): one line of text, trimmed, 1 to 500 characters. The
 * server's rule, and the admin dialog's check before it sends.
 */
export const suspensionReasonSchema = textSchema({ maxLength: SUSPENSION_REASON_MAX_LENGTH }).refine((reason) => reason.length > 0, withIssue('required'));
