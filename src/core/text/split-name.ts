export interface SplitName {
  givenName: string | null;
  familyName: string | null;
}

/**
 * Splits a display name into given and family name: whitespace is folded, the first word is the
 * given name and the rest the family name ("Ada King Lovelace" -> "Ada" + "King Lovelace");
 * one word gives a given name only; an empty name gives neither.
 */
export function splitName(displayName: string): SplitName {
  const words = foldWhitespace(displayName).split(' ').filter(Boolean);
  const [given, ...rest] = words;
  return {
    givenName: given ?? null,
    familyName: rest.length > 0 ? rest.join(' ') : null,
  };
}

/** Trims and collapses every run of Unicode white space to one ASCII space. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
