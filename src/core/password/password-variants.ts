// The usual disguises of a weak password, undone: what the common-list, personal-word and
// date rules compare, so `P@ssw0rd`, `drowssap` and `Winter2023!!` read as what they are.

/** Look-alike characters and the letter they stand for; `1` and `|` read as either `i` or `l`. */
const LEET: Record<string, readonly [string, string?]> = {
  '4': ['a'],
  '@': ['a'],
  '8': ['b'],
  '(': ['c'],
  '3': ['e'],
  '6': ['g'],
  '1': ['i', 'l'],
  '!': ['i', 'l'],
  '|': ['l', 'i'],
  '0': ['o'],
  '5': ['s'],
  $: ['s'],
  '7': ['t'],
  '+': ['t'],
};

/** The leet characters that may stand for each letter, for patterns (`a` -> `a4@`). */
export const LEET_CLASSES: Record<string, string> = Object.entries(LEET).reduce<Record<string, string>>((classes, [char, letters]) => {
  for (const letter of letters) if (letter) classes[letter] = (classes[letter] ?? letter) + char;
  return classes;
}, {});

/** `text` with its leet characters read as letters: both readings of the ambiguous ones (`1` as `i`, then as `l`). */
export function unleet(text: string): string[] {
  if (!/[48@(3615!|0$7+]/.test(text)) return [];
  const read = (pick: 0 | 1) => [...text].map((char) => LEET[char]?.[pick] ?? LEET[char]?.[0] ?? char).join('');
  return [...new Set([read(0), read(1)])];
}

export function reverse(text: string): string {
  return [...text].reverse().join('');
}

const AFFIX_MAX = 8;

/**
 * The password without the digits and symbols added before or after it, every way of cutting
 * them (`!!football1234` -> `football`, `!football`, `football1`…), 4+ characters each; a
 * password with no letters is only itself (a random PIN is not "1234 with digits added").
 */
export function withoutAffixes(lowered: string): string[] {
  const lead = /^[^\p{L}]*/u.exec(lowered)![0].length;
  if (lead === lowered.length) return [lowered];
  const trail = /[^\p{L}]*$/u.exec(lowered)![0].length;
  const cuts: string[] = [];
  for (let i = 0; i <= Math.min(lead, AFFIX_MAX); i++) {
    for (let j = 0; j <= Math.min(trail, AFFIX_MAX); j++) {
      const cut = lowered.slice(i, lowered.length - j);
      if (cut.length >= 4) cuts.push(cut);
    }
  }
  return cuts;
}

/** Fewer letters than this are not read without their digits and symbols: too many short words would match. */
const LETTERS_ONLY_MIN = 6;

/** `text` without the digits and symbols inside it (`pass!word` -> `password`, `happy2024day` -> `happyday`), or nothing when that leaves too few letters. */
function lettersOnly(text: string): string[] {
  const letters = text.replace(/[^\p{L}]+/gu, '');
  return letters !== text && letters.length >= LETTERS_ONLY_MIN ? [letters] : [];
}

/**
 * The readings of a lower-cased password a blocklist is checked with: itself and its cuts
 * without added digits and symbols, each also read without leet, each of those also without the
 * digits and symbols inside it, each also reversed.
 */
export function passwordVariants(lowered: string): string[] {
  const cuts = withoutAffixes(lowered);
  const readings = cuts.flatMap((cut) => [cut, ...unleet(cut)]).flatMap((text) => [text, ...lettersOnly(text)]);
  return [...new Set([lowered, ...readings.flatMap((text) => [text, reverse(text)])])];
}
