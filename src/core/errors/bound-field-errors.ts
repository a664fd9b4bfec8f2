/** An error names at most this many fields; it counts the rest (`moreFields`). */
export const MAX_ERROR_FIELDS = 20;

/** A field name in an error is cut to this many characters: a name can be anything a body sent. */
const MAX_NAME_LENGTH = 100;

const count = new Intl.NumberFormat('en-US');

function cut(name: string): string {
  return name.length > MAX_NAME_LENGTH ? `${name.slice(0, MAX_NAME_LENGTH)}…` : name;
}

/**
 * The first `MAX_ERROR_FIELDS` of `fields` (names cut to a sane length) and how many more there
 * were, so an error about a body with thousands of bad keys stays small.
 */
export function boundFieldErrors<T>(fields: Record<string, T>): { fields: Record<string, T>; more: number } {
  const names = Object.keys(fields);
  // A Map, then fromEntries: a name such as "__proto__" must stay a field name.
  const kept = new Map<string, T>();
  for (const name of names.slice(0, MAX_ERROR_FIELDS)) {
    const short = cut(name);
    if (!kept.has(short)) kept.set(short, fields[name]!);
  }
  return { fields: Object.fromEntries(kept), more: Math.max(0, names.length - MAX_ERROR_FIELDS) };
}

/** `a, b, c` for a message, naming at most `MAX_ERROR_FIELDS`: `a, b, … and 4,980 more`. */
export function listFieldNames(names: readonly string[]): string {
  const listed = names.slice(0, MAX_ERROR_FIELDS).map(cut).join(', ');
  const more = names.length - MAX_ERROR_FIELDS;
  return more > 0 ? `${listed} and ${count.format(more)} more` : listed;
}
