/**
 * A deep copy of JSON-like data (plain objects, arrays, primitives): what stores keep and hand
 * out, audit values and profile fields. The same result as `structuredClone` for such data at a
 * fraction of its cost (structuredClone serialises and deserialises; a store copies every
 * account it reads or writes). Anything else (a Date, a Map, a class instance, a function) goes
 * through `structuredClone` and gets its rules. Not exported from the package.
 */
export function copyPlain<T>(value: T): T {
  if (typeof value !== 'object' || value === null) {
    return typeof value === 'function' ? structuredClone(value) : value;
  }
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return structuredClone(value);
    return value.map(copyPlain) as T;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return structuredClone(value);
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = copyPlain((value as Record<string, unknown>)[key]);
    // An own `__proto__` key (JSON.parse makes one) would set the copy's prototype if assigned.
    if (key === '__proto__') Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
    else copy[key] = item;
  }
  return copy as T;
}
