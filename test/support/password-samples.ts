import type { PasswordProblem } from '../../src/core';

// Weak and strong passwords, shared by the core, HTTP and meter tests so that all three must
// give the same verdict. The personal ones are about Alice Liddell <alice@example.com> of the
// HTTP tests' seed, on an app whose policy names `profilekit` as an app word.

export const SAMPLE_CONTEXT = { email: 'alice@example.com', names: ['Alice Liddell'] };
export const SAMPLE_APP_WORDS = ['profilekit'];

/** [password, the problem it is refused with] — every class the issue names. */
export const WEAK_PASSWORDS: readonly (readonly [string, PasswordProblem])[] = [
  // the issue's own examples
  ['Password123!', 'common'],
  ['iloveyou1234', 'common'],
  ['letmein12345', 'common'],
  ['football1234', 'common'],
  ['aaaaaaaaaaaa', 'repeated'],
  ['abcdefghijkl', 'sequence'],
  // on the list, whatever the case
  ['QWERTYUIOPASDF', 'common'],
  ['1qaz2wsx3edc', 'common'],
  ['Qwerty123456', 'common'],
  // leet, reversed
  ['P@ssw0rd2024!', 'common'],
  ['p@$$w0rd1234', 'common'],
  ['drowssap12345', 'common'],
  ['M0nk3y!!1234', 'common'],
  // common words with digits, years or symbols before or after
  ['!!!sunshine2024', 'common'],
  ['2024princess!!', 'common'],
  ['dragon-1987-!!', 'common'],
  ['#baseball#1234', 'common'],
  // and with digits or symbols inside
  ['Pass!word123', 'common'],
  ['Happy2024Day!', 'common'],
  ['Sun-Shine-2024!', 'common'],
  ['superman99999', 'common'],
  // keyboard walks and sequences
  ['qazwsxedcrfv', 'common'],
  ['1234567890-=', 'sequence'],
  ['zyxwvutsrqpo', 'sequence'],
  ['qwertzuiopasdf', 'sequence'],
  ['zxcvbnm,./;lk', 'sequence'],
  ['azertyuiopqsd', 'sequence'],
  ['!@#$%^&*()_+', 'sequence'],
  ['9876543210987', 'sequence'],
  ['123456789012', 'common'],
  // walks the estimator scores 3 or 4: columns and diagonals one after the other, turns, a key
  // pressed twice, a suffix, shifted or mixed (the last ones on the list once their inner
  // symbols are dropped), qwertz, azerty and dvorak rows
  ['wsxedcrfvtgb', 'sequence'],
  ['plmoknijbuhv', 'sequence'],
  ['qwertgfdsazxcv', 'sequence'],
  ['wsxxedcrfvvtgb', 'sequence'],
  ['wsxedcrfvtgb!', 'sequence'],
  ['wsxedcrfvtgb2024', 'sequence'],
  ['nhyujmki,lo.', 'sequence'],
  ['Qwertz123456!', 'sequence'],
  ['azerqsdfwxcv', 'sequence'],
  ['pukyixfdbgdm', 'sequence'],
  ['!QAZ@WSX#EDC', 'common'],
  ['1qaz@WSX3edc', 'common'],
  // repeated characters and chunks, doubled words
  ['111111111111', 'repeated'],
  ['Zq7$Zq7$Zq7$', 'repeated'],
  ['monkeymonkey12', 'repeated'],
  ['Summer-Summer!', 'repeated'],
  ['abcabcabcabc', 'repeated'],
  ['!!!!!!!!!!!!!!', 'repeated'],
  // season or month with a year
  ['Winter2023!!', 'date'],
  ['September2024', 'date'],
  ['2025-Autumn!!', 'date'],
  ['W1nt3r2024!!!', 'date'],
  ['juillet2024!!', 'date'],
  // the user's names, email parts and the app's name, also disguised
  ['alice-rocks-2024', 'personal'],
  ['Liddell!Wonder#9', 'personal'],
  ['4l1ce-Wonderland-77', 'personal'],
  ['lleddil-zebra-crane-8', 'personal'],
  ['Profilekit2025!', 'personal'],
  ['my-pr0f1l3k1t-secret', 'personal'],
  ['example-harbor-lamp', 'personal'],
  // merely guessable
  ['thomas19801980', 'common'],
  ['elephant12345', 'common'],
];

/** Passphrases and random strings the policy accepts. */
export const STRONG_PASSWORDS: readonly string[] = [
  'Kettle-Orbit-Plum-92',
  'Velvet-Orbit-Canyon-92',
  'correct horse battery staple',
  'Pebble_Saffron_Quasar-61',
  'Lantern^Quilt&Moss-17',
  'Harbor*Violet*Anvil-55',
  'Banana-Tractor-77',
  'tangerine-box-7',
  'purple elephant dancing slowly',
  'Mango.Bicycle.Fjord.Ember',
  'quiet-walrus-trombone-lemon',
  'marmalade skyscraper 81 kiwi',
  'vQ8#nR2@tL5!xW9k',
  'k9TmZ4pQ2vXs',
  'Hx7$kP2!mQ9zR4wL',
  '7fJ#q2Lm9@Vx',
  'zR5tW8nQ2kLp9vX3',
  'g8Kp2XzQ7mWv4Rt',
  'dL9!vQ3#zK6@',
  'Tq4&Bn8*Wm2^',
  'oyster-candle-nimbus-42',
  'Xylophone-Gravel-Bishop',
];

/** 128 code points of a seeded random string: the longest password the default policy accepts. */
export const LONG_STRONG_PASSWORD = (() => {
  const alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789#$%&*+-=?@^_~';
  let seed = 20261203;
  let text = '';
  while (text.length < 128) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    text += alphabet[seed % alphabet.length];
  }
  return text;
})();
