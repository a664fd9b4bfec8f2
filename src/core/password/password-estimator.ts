import { ZxcvbnFactory, type Match } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary } from '@zxcvbn-ts/language-en';
import { createKeyboardWalkRule } from './keyboard-walk';
import type { PasswordEstimate, PasswordEstimator } from './password-policy';
import type { PasswordProblem } from './password-problems';

/**
 * zxcvbn reads only this many characters: its matching grows fast with length (a 128-character
 * password took 0.5 s here, 32 characters take 5 to 30 ms), and a password whose first 32
 * characters are strong (5 random words, 20 random characters) is strong. The light rules and the
 * common list still read the whole password.
 */
export const ESTIMATED_LENGTH = 32;
// zxcvbn's default (100) lets a symbol-heavy password take 0.3 s; 4 still finds `P@ssw0rd`, and
// the policy's own common-list rule reads every leet character anyway.
const L33T_MAX_SUBSTITUTIONS = 4;

let built: PasswordEstimator | undefined;

/**
 * The estimator of the password policy (zxcvbn-ts with its common and English dictionaries,
 * the 49,233 passwords of `@zxcvbn-ts/language-common` as a blocklist, and the keyboard-walk
 * rule over its keyboard layouts), built on first use and kept. This module holds them
 * statically (about 820 KiB gzip): browser code gets it through
 * `loadPasswordEstimator()`, a lazy chunk.
 */
export function passwordEstimator(): PasswordEstimator {
  built ??= buildEstimator();
  return built;
}

function buildEstimator(): PasswordEstimator {
  const common = new Set(commonDictionary['passwords-common'].map((p) => String(p).normalize('NFKC').toLowerCase()));
  const zxcvbn = new ZxcvbnFactory({
    dictionary: { ...commonDictionary, ...englishDictionary },
    graphs: adjacencyGraphs,
    maxLength: ESTIMATED_LENGTH,
    l33tMaxSubstitutions: L33T_MAX_SUBSTITUTIONS,
  });
  return {
    isCommon: (lowered) => common.has(lowered),
    isKeyboardWalk: createKeyboardWalkRule(adjacencyGraphs),
    estimate(password, userWords): PasswordEstimate {
      const result = zxcvbn.check(password, [...userWords]);
      return { score: result.score, weakness: weaknessOf(result.sequence) };
    },
  };
}

/** The problem of the longest pattern zxcvbn found (guessing it is most of the work). */
function weaknessOf(sequence: readonly Match[]): PasswordProblem {
  let longest: Match | undefined;
  for (const match of sequence) {
    if (match.pattern === 'bruteforce' || match.pattern === 'separator') continue;
    if (!longest || match.token.length > longest.token.length) longest = match;
  }
  switch (longest?.pattern) {
    case 'dictionary':
      return (longest as Match & { dictionaryName?: string }).dictionaryName === 'userInputs' ? 'personal' : 'common';
    case 'wordSequence':
      return 'common';
    case 'repeat':
      return 'repeated';
    case 'sequence':
    case 'spatial':
      return 'sequence';
    case 'date':
    case 'regex':
      return 'date';
    default:
      return 'weak';
  }
}
