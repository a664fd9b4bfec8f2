import { isProfileError } from '../../../core/browser';
import type { useFormatters } from '../../i18n/use-formatters';
import { messageFor } from './check-patch';

/**
 * What to show on the input at `path` after a failed save, in the viewer's language: the
 * server's message for that field when it sent one, else what the error code means
 * ("Cannot reach the server…", "Too many attempts…").
 */
export function saveErrorMessage(error: unknown, path: string, fmt: ReturnType<typeof useFormatters>): string {
  if (isProfileError(error) && error.code !== 'email_taken') {
    const message = messageFor(error.fields && fmt.fieldErrors(error), path);
    if (message !== undefined) return message;
  }
  return fmt.error(error);
}
