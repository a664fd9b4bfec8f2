import { fillTemplate } from '../errors/fill-template';

/**
 * Why a password is refused, one id per problem (the components translate by id):
 * - `too_short` / `too_long`: outside the policy's `minLength`..`maxLength` (param `n`: the limit);
 * - `personal`: contains the user's name, a part of their email address, or one of the
 *   policy's `appWords`, also in leet or reversed;
 * - `common`: on the common-password list, also with its case changed, in leet, reversed, or with
 *   digits, a year or symbols added before or after (`Password123!`, `iloveyou1234`) or inside (`Pass!word123`);
 * - `date`: a season or month with a year (`Winter2023!!`), or mostly a date;
 * - `repeated`: repeated characters, a repeated chunk or a doubled word (`aaaaaaaaaaaa`, `monkeymonkey12`);
 * - `sequence`: a sequence, or mostly a walk over adjacent keys: rows, columns, diagonals, on
 *   qwerty, qwertz, azerty, dvorak or a keypad (`abcdefghijkl`, `wsxedcrfvtgb`, `!QAZ@WSX#EDC`);
 * - `weak`: none of those, yet guessable (the estimator's score is under the policy's `minScore`);
 * - `breached`: found by the host's breached-password check (server only).
 */
export type PasswordProblem = 'too_short' | 'too_long' | 'personal' | 'common' | 'date' | 'repeated' | 'sequence' | 'weak' | 'breached';

/** A problem's parameters: `n` for the length limits. */
export type PasswordProblemParams = Readonly<Record<string, number>>;

/**
 * The English wording of each problem, `{n}` filled from the params: the `message` of a refusal
 * and of the server's error. The React layer's English `password.problems` is this table; its
 * translations hold the same keys. A refusal travels as the issue `{ code: 'password', params: { problem } }`.
 */
export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  too_short: 'Use at least {n} characters',
  too_long: 'Use at most {n} characters',
  personal: "Don't use your name or email address in your password, nor the name of this site",
  common: 'This password is too common; choose another',
  date: 'A season or month with a year is among the first guesses; choose another',
  repeated: 'Repeated characters or words are easy to guess; choose another',
  sequence: 'Sequences and keyboard patterns (abcd, 1234, qwerty) are easy to guess; choose another',
  weak: 'This password is too easy to guess; add a few unrelated words',
  breached: 'This password has appeared in a data breach; choose another',
};

export function passwordProblemMessage(problem: PasswordProblem, params: PasswordProblemParams = {}): string {
  return fillTemplate(PASSWORD_PROBLEM_MESSAGES[problem], params);
}
