import { fillTemplate, issueOf, type FieldIssue, type PasswordProblem } from '../../core/browser';
import type { SharedMessages } from './messages';

/** A field message with the id it was made from, when it has one (a zod issue, a server field). */
export interface FieldMessage {
  message?: string;
  issue?: FieldIssue;
  /** A zod issue raised by a core schema carries its id here. */
  params?: { issue?: FieldIssue };
}

/**
 * What `fieldError` takes: an issue, a message with its issue, or a plain string (already in the
 * viewer's language, or the app's own words), shown as it is.
 */
export type FieldErrorInput = string | FieldIssue | FieldMessage;

/** An issue in the viewer's language, by id alone; `undefined` when `messages` has no such id. */
export function translateIssue(issue: FieldIssue, messages: SharedMessages): string | undefined {
  const params = issue.params ?? {};
  const table: Readonly<Record<string, string>> = issue.code === 'password' ? messages.password.problems : messages.common.validation;
  const key = issue.code === 'password' ? String(params.problem as PasswordProblem) : issue.code;
  return Object.hasOwn(table, key) ? fillTemplate(table[key]!, params) : undefined;
}

/** A field message in the viewer's language: translated by its issue's id, else as given. */
export function translateFieldError(input: FieldErrorInput, messages: SharedMessages): string {
  if (typeof input === 'string') return input;
  if (!('message' in input)) return translateIssue(input as FieldIssue, messages) ?? (input as FieldIssue).code;
  const issue = input.issue ?? issueOf(input as never);
  return (issue && translateIssue(issue, messages)) ?? input.message ?? '';
}
