import { passwordProblemMessage, type PasswordProblem } from '../password/password-problems';
import { fillTemplate } from './fill-template';
import { schemaIssueMessage, type FieldIssue, type FieldIssues } from './field-issue';
import { SERVER_ISSUE_MESSAGES } from './server-issue-messages';

/** The English message of any issue: the catalogues' (`ISSUE_MESSAGES`, `SERVER_ISSUE_MESSAGES`), or the password policy's wording. */
export function issueMessage(issue: FieldIssue): string {
  if (Object.hasOwn(SERVER_ISSUE_MESSAGES, issue.code)) return fillTemplate(SERVER_ISSUE_MESSAGES[issue.code as keyof typeof SERVER_ISSUE_MESSAGES], issue.params);
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
