const SECRET_KEYS = new Set(['passwordHash', 'hash', 'tokenHash', 'token', 'password', 'secret']);
const HASH_PREFIXES = ['$argon2', '$scrypt', '$pbkdf2', '$2a$', '$2b$'];

/**
 * Every place in `value` that looks like a secret: a string under a secret's name, a password hash, or one
 * of the `known` plain secrets (passwords, tokens). Returns their paths; empty means clean.
 */
export function findSecrets(value: unknown, known: readonly string[] = [], path = '$'): string[] {
  if (typeof value === 'string') {
    const leaks = HASH_PREFIXES.some((prefix) => value.startsWith(prefix)) || known.some((s) => s && value.includes(s));
    return leaks ? [path] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => findSecrets(item, known, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      // A string under a secret's name; `password: { minLength }` (the policy) is no secret.
      ...(SECRET_KEYS.has(key) && typeof item === 'string' ? [`${path}.${key}`] : []),
      ...findSecrets(item, known, `${path}.${key}`),
    ]);
  }
  return [];
}
