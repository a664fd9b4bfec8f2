import type { PasswordHasher } from '../../service';
import { optionalPeerError } from '../../stores/optional-peer';

export interface Argon2HasherOptions {
  /** KiB of memory. Default 19456 (19 MiB): OWASP's argon2id minimum. */
  memoryCost?: number;
  /** Passes. Default 2. */
  timeCost?: number;
  /** Lanes. Default 1. */
  parallelism?: number;
}

type Argon2 = typeof import('@node-rs/argon2');
let argon2: Promise<Argon2> | undefined;
// Loaded on first use so that `profilekit/server` imports without this optional peer installed.
const loadArgon2 = () =>
  (argon2 ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ '@node-rs/argon2').catch((error: unknown) => {
    argon2 = undefined;
    throw optionalPeerError('@node-rs/argon2', 'createArgon2Hasher', error);
  }));

/**
 * argon2id (RFC 9106) via @node-rs/argon2, the recommended server default: PHC strings, the
 * library's constant-time verify. About 55 ms a hash on a small server at the defaults.
 */
export function createArgon2Hasher(options: Argon2HasherOptions = {}): PasswordHasher {
  const params = {
    algorithm: 2 as const, // Algorithm.Argon2id (a const enum: not importable under isolatedModules)
    memoryCost: options.memoryCost ?? 19_456,
    timeCost: options.timeCost ?? 2,
    parallelism: options.parallelism ?? 1,
  };
  return {
    async hash(password) {
      const { hash } = await loadArgon2();
      return hash(password, params);
    },
    async verify(phc, password) {
      if (!phc.startsWith('$argon2')) return false;
      const { verify } = await loadArgon2();
      try {
        return await verify(phc, password);
      } catch {
        return false;
      }
    },
  };
}
