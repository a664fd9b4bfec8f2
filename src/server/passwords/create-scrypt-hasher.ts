import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { PasswordHasher } from '../../service';

export interface ScryptHasherOptions {
  /** log2 of N. Default 17 (N = 131072): OWASP's scrypt figure. */
  logN?: number;
  r?: number;
  p?: number;
}

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, 32, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

const PHC = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;
const b64 = (buffer: Buffer) => buffer.toString('base64').replace(/=+$/, '');

/**
 * scrypt from node:crypto (no extra dependency): PHC strings, constant-time verify. At the
 * default N=2^17, r=8, p=1 it needs 128 MiB per hash and about 1 s here: prefer argon2id.
 */
export function createScryptHasher(options: ScryptHasherOptions = {}): PasswordHasher {
  const logN = options.logN ?? 17;
  const r = options.r ?? 8;
  const p = options.p ?? 1;
  const params = (ln: number, rr: number, pp: number): ScryptOptions => ({
    N: 2 ** ln,
    r: rr,
    p: pp,
    maxmem: 2 * 128 * 2 ** ln * rr + 1024 * 1024,
  });
  return {
    async hash(password) {
      const salt = randomBytes(16);
      const key = await derive(password, salt, params(logN, r, p));
      return `$scrypt$ln=${logN},r=${r},p=${p}$${b64(salt)}$${b64(key)}`;
    },
    async verify(phc, password) {
      const match = PHC.exec(phc);
      if (!match) return false;
      const [ln, rr, pp] = [Number(match[1]), Number(match[2]), Number(match[3])];
      if (ln > 22 || rr > 32 || pp > 16) return false; // refuse hashes that would exhaust memory
      const expected = Buffer.from(match[5]!, 'base64');
      const key = await derive(password, Buffer.from(match[4]!, 'base64'), params(ln, rr, pp));
      return key.length === expected.length && timingSafeEqual(key, expected);
    },
  };
}
