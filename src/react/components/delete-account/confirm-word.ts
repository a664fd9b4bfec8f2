/**
 * Whether what the user typed is the confirmation word: spaces around it and letter case do not
 * matter (in the viewer's locale), anything else does. The only gate of a deletion's submit.
 */
export function matchesConfirmWord(typed: string, word: string, locale: string): boolean {
  const canonical = (text: string) => text.trim().normalize('NFC').toLocaleUpperCase(locale);
  return word.trim() !== '' && canonical(typed) === canonical(word);
}
