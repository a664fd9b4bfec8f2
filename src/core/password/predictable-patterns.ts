import { LEET_CLASSES } from './password-variants';

// Patterns the estimator under-rates: `Winter2023!!` scores 3 with zxcvbn, and a doubled word
// with a symbol can too. English and French names, as the components ship both.
const SEASONS_AND_MONTHS = [
  'spring', 'summer', 'autumn', 'fall', 'winter', 'printemps', 'été', 'ete', 'automne', 'hiver',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'décembre', 'decembre',
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
const leetPattern = (word: string) => [...word].map((c) => (LEET_CLASSES[c] ? `[${escape(LEET_CLASSES[c])}]` : escape(c))).join('');
const SEASON_OR_MONTH = new RegExp(`^([^\\p{L}]*)(?:${SEASONS_AND_MONTHS.map(leetPattern).join('|')})([^\\p{L}]*)$`, 'u');

/** A season or month name (also in leet) with a year before or after it, and nothing else but digits and symbols. */
export function isSeasonOrMonthWithYear(lowered: string): boolean {
  const match = SEASON_OR_MONTH.exec(lowered);
  return match !== null && /\d{2}/.test(`${match[1]} ${match[2]}`);
}

/**
 * The same chunk over and over (`aaaaaaaaaaaa`, `Zq7$Zq7$Zq7$`), or, digits and symbols aside,
 * a doubled word (`monkeymonkey12`, `Summer-Summer!`).
 */
export function isRepeated(lowered: string): boolean {
  const letters = lowered.replace(/[^\p{L}]+/gu, '');
  return /^(.+)\1+$/su.test(lowered) || (letters.length >= 6 && /^(.+)\1+$/su.test(letters));
}
