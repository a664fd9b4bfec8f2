import type { ProfileConfig } from '../config/profile-config-schema';
import { codePointLength, normalizePassword } from './password-length';
import { passwordProblemMessage, type PasswordProblem, type PasswordProblemParams } from './password-problems';
import { passwordVariants } from './password-variants';
import { findPersonalWord, personalWords, type PasswordContext } from './personal-words';
import { isRepeated, isSeasonOrMonthWithYear } from './predictable-patterns';

// No import of the estimator here: this module reaches every browser bundle. The estimator
// (zxcvbn and the common-password list) comes in through `options.estimator`: `checkPassword`
// passes it synchronously, browser code what `loadPasswordEstimator()` resolved to.

/** The estimator's score, zxcvbn's scale: 0 (a top guess) .. 4 (more than 10^10 guesses). */
export type PasswordScore = 0 | 1 | 2 | 3 | 4;

export interface PasswordEstimate {
  score: PasswordScore;
  /** What makes it guessable: the problem of the pattern covering most of it (`weak` when none stands out). */
  weakness: PasswordProblem;
}

/** The heavy half of the policy (zxcvbn, the 49,233 common passwords, the keyboard layouts): `passwordEstimator()`, or `loadPasswordEstimator()` in a browser. */
export interface PasswordEstimator {
  /** Whether a password, NFKC-normalised and lower-cased, is on the common-password list. */
  isCommon(lowered: string): boolean;
  /** Whether an NFKC-normalised password is mostly a walk over adjacent keys (`createKeyboardWalkRule`, on the estimator's keyboard layouts). */
  isKeyboardWalk(password: string): boolean;
  /** The strength of an NFKC-normalised password, with the user's words counted as known. */
  estimate(password: string, userWords: readonly string[]): PasswordEstimate;
}

export type PasswordCheck =
  /**
   * Acceptable. `score` is `null` when no estimator was given (a browser before its chunk
   * arrived): only the light rules ran, so the verdict is not final and must not show as good.
   */
  | { ok: true; password: string; score: PasswordScore | null }
  | { ok: false; problem: PasswordProblem; params: PasswordProblemParams; message: string };

export interface PasswordCheckOptions {
  /** The estimator, or `null` while it has not loaded: the common-list, keyboard-walk and strength rules are then skipped. */
  estimator: PasswordEstimator | null;
}

const refuse = (problem: PasswordProblem, params: PasswordProblemParams = {}): PasswordCheck => ({
  ok: false,
  problem,
  params,
  message: passwordProblemMessage(problem, params),
});

/**
 * The password policy of NIST SP 800-63B, written once; the same function runs in the browser
 * (as the user types) and in the service (which has the last word, through `checkPassword`).
 * The password is NFKC-normalised, must be `minLength`..`maxLength` code points, must not
 * contain the user's names, email parts or the policy's `appWords`, must not be a season or
 * month with a year or a repeated chunk, must not be (a disguise of) a common password nor mostly
 * a keyboard walk, and the estimator must score it at least `minScore`. No composition rules. The first problem found
 * is the one reported. Returns the normalised password to hash.
 */
export function checkPasswordPolicy(
  password: string,
  policy: ProfileConfig['password'],
  context: PasswordContext,
  options: PasswordCheckOptions,
): PasswordCheck {
  const normalized = normalizePassword(password);
  const length = codePointLength(normalized);
  if (length < policy.minLength) return refuse('too_short', { n: policy.minLength });
  if (length > policy.maxLength) return refuse('too_long', { n: policy.maxLength });
  const lowered = normalized.toLowerCase();
  const words = personalWords(context, policy.appWords);
  if (findPersonalWord(lowered, words)) return refuse('personal');
  if (isSeasonOrMonthWithYear(lowered)) return refuse('date');
  if (isRepeated(lowered)) return refuse('repeated');
  const { estimator } = options;
  if (!estimator) return { ok: true, password: normalized, score: null };
  if (passwordVariants(lowered).some((variant) => estimator.isCommon(variant))) return refuse('common');
  const { score, weakness } = estimator.estimate(normalized, words);
  if (score < policy.minScore) return refuse(weakness);
  // After the estimator, which names the weakness of most walks itself: this catches those it
  // scores 3 or 4 (`wsxedcrfvtgb`), and reads the whole password where zxcvbn reads 32 characters.
  if (estimator.isKeyboardWalk(normalized)) return refuse('sequence');
  return { ok: true, password: normalized, score };
}
