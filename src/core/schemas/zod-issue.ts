import type * as z from 'zod';
import { fieldIssue, schemaIssueMessage, type FieldIssue, type IssueCode, type IssueParams } from '../errors/field-issue';

/**
 * The error option of a zod check that reports the issue `code`: its message is the English of
 * the catalogue, and the issue carries the id in `params.issue`. Zod keeps `params` only on
 * custom issues, so the error map (the one hook every check, type and format calls before the
 * issue is final) stamps it on the raw issue; test/core/issue-ids.test.ts holds zod to that.
 */
export function withIssue(code: IssueCode, params?: IssueParams) {
  const issue = fieldIssue(code, params);
  const message = schemaIssueMessage(issue);
  return {
    error: (raw: z.core.$ZodRawIssue) => {
      (raw as { params?: unknown }).params = { issue };
      return message;
    },
  };
}

/** What `ctx.addIssue` takes for the issue `code` (a custom issue keeps `params` as given). */
export function customIssue(code: IssueCode, params?: IssueParams, path?: PropertyKey[]) {
  const issue = fieldIssue(code, params);
  return { code: 'custom' as const, message: schemaIssueMessage(issue), params: { issue }, ...(path ? { path } : {}) };
}

/** The id of a zod issue raised by a core schema; `undefined` for one without (zod's own wording). */
export function issueOf(issue: z.core.$ZodIssue): FieldIssue | undefined {
  return (issue as { params?: { issue?: FieldIssue } }).params?.issue;
}
