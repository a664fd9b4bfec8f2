import { isProfileError } from '../../../core/browser';
import type { useFormatters } from '../../i18n/use-formatters';
import type { SharedMessages } from '../../i18n/messages';
import { formNameOf, type FormEntry } from './form-plan';

/** Where a failed save's reasons go: onto inputs (form name, message), and the form's alert. */
export interface SaveErrors {
  fields: [string, string][];
  alert: string;
}

/**
 * Maps a failed save onto the form: each field error onto its input (an address another account
 * holds in the viewer's language), the ones without an input into the alert after "fix the fields".
 */
export function saveErrors(error: unknown, entries: readonly FormEntry[], fmt: ReturnType<typeof useFormatters>, messages: SharedMessages): SaveErrors {
  if (!isProfileError(error) || !error.fields) return { fields: [], alert: fmt.error(error) };
  const fields: [string, string][] = [];
  const elsewhere: string[] = [];
  for (const [path, message] of Object.entries(fmt.fieldErrors(error))) {
    const name = formNameOf(path, entries);
    if (name) fields.push([name, error.code === 'email_taken' ? messages.common.errors.email_taken : message]);
    else elsewhere.push(message);
  }
  return { fields, alert: [fields.length > 0 ? messages.profileForm.fixFields : fmt.error(error), ...elsewhere].join(' ') };
}
