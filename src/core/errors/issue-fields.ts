import { passwordProblemMessage, type PasswordProblem } from '../password/password-problems';
import { schemaIssueMessage, type FieldIssue, type FieldIssues } from './field-issue';

/** The English message of any issue: the catalogue's, or the password policy's wording. */
export function issueMessage(issue: FieldIssue): string {
  if (issue.code !== 'password') return schemaIssueMessage(issue);
  const { problem, ...rest } = issue.params ?? {};
  return passwordProblemMessage(problem as PasswordProblem, rest as Record<string, number>);
}

/** `{ fields, issues }` for a `ProfileError`: each issue with its English message. */
export function issueFields(issues: FieldIssues): { fields: Record<string, string>; issues: FieldIssues } {
  const fields = new Map<string, string>();
  for (const name of Object.keys(issues)) fields.set(name, issueMessage(issues[name]!));
  return { fields: Object.fromEntries(fields), issues };
}
