/**
 * The canonical form of an IETF BCP 47 language tag ("en-us" -> "en-US"), or `null` when the
 * tag is not well-formed. Uses the platform's `Intl.getCanonicalLocales`, the same rule on the
 * server and in the browser.
 */
export function canonicalizeLocale(tag: string): string | null {
  if (tag.trim() !== tag || tag.length === 0) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical ?? null;
  } catch {
    return null;
  }
}
