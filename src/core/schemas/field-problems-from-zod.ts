import type * as z from 'zod';
import type { FieldIssue, FieldIssues } from '../errors/field-issue';
import type { FieldErrors } from '../errors/profile-error';
import { issueOf } from './zod-issue';

/**
 * Turns zod issues into `{ fields: { "field.path": "first message" }, issues: { "field.path": id } }`
 * (a path whose first issue has no id, zod's own wording, has a message only).
 */
export function fieldProblemsFromZod(error: z.ZodError): { fields: FieldErrors; issues: FieldIssues } {
  // A Map, then fromEntries: a key such as "__proto__" must become a field name, not a prototype.
  const fields = new Map<string, string>();
  const issues = new Map<string, FieldIssue>();
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '(body)';
    if (fields.has(path)) continue;
    fields.set(path, issue.message);
    const id = issueOf(issue);
    if (id) issues.set(path, id);
  }
  return { fields: Object.fromEntries(fields), issues: Object.fromEntries(issues) };
}

/** Turns zod issues into `{ "field.path": "first message" }`. */
export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  return fieldProblemsFromZod(error).fields;
}
