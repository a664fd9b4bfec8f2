// A high surrogate not followed by a low one, or a low one not preceded by a high one (no `u`
// flag: the pattern must see code units). Lookbehind-free, for engines without it.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?:[^\ud800-\udbff]|^)[\udc00-\udfff]/;

/** Whether `text` holds a lone surrogate half, by pattern: the fallback of `isWellFormed`. */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

const native = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed;

/**
 * Whether `text` is well-formed Unicode: no lone surrogate half (which `JSON.parse` makes of
 * `"\ud800"`, and which no encoding can store or send back faithfully). Uses
 * `String.prototype.isWellFormed` where the engine has it (Node 20, browsers since 2023).
 */
export function isWellFormed(text: string): boolean {
  return native ? native.call(text) : !hasLoneSurrogate(text);
}
