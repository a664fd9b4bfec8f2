import { useContext, useMemo } from 'react';
import { ProfileKitI18nContext } from '../provider/profile-kit-context';
import type { FieldErrors, FieldIssues, ProfileError } from '../../core/browser';
import { formatMessage, type SharedMessages } from './messages';
import { translateFieldError, type FieldErrorInput } from './translate-issue';

/** Locale-aware formatting for the components: Intl dates and numbers, messages, errors. */
export function useFormatters() {
  const { locale, messages } = useContext(ProfileKitI18nContext);
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const numbers = new Map<string, Intl.NumberFormat>();
    return {
      locale,
      /** An ISO timestamp as a local date and time. */
      dateTime: (iso: string) => (Number.isNaN(Date.parse(iso)) ? iso : dateTime.format(new Date(iso))),
      /** An ISO date (YYYY-MM-DD) as a date, without time-zone drift. */
      date: (iso: string) => (Number.isNaN(Date.parse(iso)) ? iso : date.format(new Date(iso))),
      number: (value: number, options?: Intl.NumberFormatOptions) => {
        const key = JSON.stringify(options ?? {});
        let format = numbers.get(key);
        if (!format) numbers.set(key, (format = new Intl.NumberFormat(locale, options)));
        return format.format(value);
      },
      format: formatMessage,
      /**
       * A field message in the viewer's language, by the id of its issue (a `FieldIssue`, a zod
       * issue of a core schema, `{ message, issue }`); a plain string is shown as it is.
       */
      fieldError: (input: FieldErrorInput) => translateFieldError(input, messages),
      /**
       * Each field's message of a `ProfileError` (or of `fieldProblemsFromZod`'s problems) in the
       * viewer's language, by its issue's id; a field without one keeps its message.
       */
      fieldErrors: (source: FieldProblems) => fieldErrors(source, messages),
      /** What to tell the user about an error that has no field to land on. */
      error: (error: unknown) => errorMessage(error, messages),
    };
  }, [locale, messages]);
}

/** Field messages and their issues: a `ProfileError`, or `fieldProblemsFromZod`'s result. */
export interface FieldProblems {
  fields?: FieldErrors;
  issues?: FieldIssues;
}

function fieldErrors({ fields = {}, issues = {} }: FieldProblems, messages: SharedMessages): FieldErrors {
  return Object.fromEntries(
    Object.entries(fields).map(([name, message]) => [name, translateFieldError({ message, issue: Object.hasOwn(issues, name) ? issues[name] : undefined }, messages)]),
  );
}

function errorMessage(error: unknown, messages: SharedMessages): string {
  const code = (error as ProfileError | undefined)?.code;
  const errors = messages.common.errors;
  if (code === 'rate_limited') {
    const seconds = (error as ProfileError).retryAfter;
    return seconds === undefined ? errors.rate_limited_unknown : formatMessage(errors.rate_limited, { seconds });
  }
  return code && Object.hasOwn(errors, code) ? errors[code] : errors.internal;
}
