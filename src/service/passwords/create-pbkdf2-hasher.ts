import type { PasswordHasher } from '../contracts/password-hasher';
import { constantTimeEqual, fromBase64, randomBytes, toBase64 } from '../support/bytes';

export interface Pbkdf2HasherOptions {
  /** Default 600,000: OWASP's figure for PBKDF2-HMAC-SHA256. Lower it only in tests. */
  iterations?: number;
}

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await globalThis.crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await globalThis.crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

const PHC = /^\$pbkdf2-sha256\$i=(\d{1,8})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

/**
 * PBKDF2-HMAC-SHA256 over Web Crypto: the hasher that runs in a browser (the memory adapter) as
 * well as in Node. On a server prefer argon2id (`createArgon2Hasher`).
 */
export function createPbkdf2Hasher(options: Pbkdf2HasherOptions = {}): PasswordHasher {
  const iterations = options.iterations ?? 600_000;
  return {
    async hash(password) {
      const salt = randomBytes(16);
      const hash = await derive(password, salt, iterations);
      return `$pbkdf2-sha256$i=${iterations}$${toBase64(salt)}$${toBase64(hash)}`;
    },
    async verify(phc, password) {
      const match = PHC.exec(phc);
      if (!match) return false;
      const salt = fromBase64(match[2]!);
      const expected = fromBase64(match[3]!);
      if (!salt || !expected) return false;
      const actual = await derive(password, salt, Number(match[1]));
      return constantTimeEqual(actual, expected);
    },
  };
}
