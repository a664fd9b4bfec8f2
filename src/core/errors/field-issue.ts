import type { PasswordProblem } from '../password/password-problems';
import { fillTemplate } from './fill-template';
import { ISSUE_MESSAGES } from './issue-messages';
import { SERVER_ISSUE_MESSAGES } from './server-issue-messages';

/** The id of a validation issue: a key of `ISSUE_MESSAGES` or `SERVER_ISSUE_MESSAGES`, or `password` (a password policy refusal). */
export type IssueCode = keyof typeof ISSUE_MESSAGES | keyof typeof SERVER_ISSUE_MESSAGES | 'password';

/** An issue's parameters (`{ n: 12 }`); a `password` issue names its `problem` (`PasswordProblem`). */
export type IssueParams = Readonly<Record<string, string | number>>;

/**
 * What is wrong with one field, as an id and parameters (`{ code: 'atMostChars', params: { n: 200 } }`):
 * what a client translates, where `message` and `fields` hold the English.
 */
export interface FieldIssue {
  code: IssueCode;
  params?: IssueParams;
}

/** Per-field issues, keyed like `FieldErrors`. */
export type FieldIssues = Record<string, FieldIssue>;

/** An issue with its params, leaving `params` out when there are none. */
export function fieldIssue(code: IssueCode, params?: IssueParams): FieldIssue {
  return params && Object.keys(params).length > 0 ? { code, params } : { code };
}

/** A password policy refusal as an issue: `{ code: 'password', params: { problem, ...params } }`. */
export function passwordIssue(problem: PasswordProblem, params: IssueParams = {}): FieldIssue {
  return { code: 'password', params: { problem, ...params } };
}

/**
 * The English of an issue a core schema raises (`ISSUE_MESSAGES`). The browser's schemas need no
 * more: the password policy's and the server's wording is `issueMessage`'s (core/index only).
 */
export function schemaIssueMessage(issue: FieldIssue): string {
  return fillTemplate((ISSUE_MESSAGES as Record<string, string>)[issue.code] ?? issue.code, issue.params);
}

/** Whether `value` is an issue id this version knows. */
export function isIssueCode(value: unknown): value is IssueCode {
  return typeof value === 'string' && (value === 'password' || Object.hasOwn(ISSUE_MESSAGES, value) || Object.hasOwn(SERVER_ISSUE_MESSAGES, value));
}

/**
 * The well-formed issues of an untrusted `issues` object (a server's JSON): known ids, params
 * that are strings or numbers. Anything else is left out (the field keeps its message).
 */
export function readFieldIssues(value: unknown): FieldIssues | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const issues = new Map<string, FieldIssue>();
  for (const [name, entry] of Object.entries(value as Record<string, unknown>)) {
    const { code, params } = (entry ?? {}) as { code?: unknown; params?: unknown };
    if (!isIssueCode(code)) continue;
    const kept = Object.entries(typeof params === 'object' && params !== null ? params : {}).filter(
      ([, v]) => typeof v === 'string' || typeof v === 'number',
    );
    issues.set(name, fieldIssue(code, Object.fromEntries(kept) as IssueParams));
  }
  return issues.size > 0 ? Object.fromEntries(issues) : undefined;
}
