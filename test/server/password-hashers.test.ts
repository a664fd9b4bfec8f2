import { describe, expect, it } from 'vitest';
import { createArgon2Hasher, createPbkdf2Hasher, createScryptHasher, type PasswordHasher } from '../../src/server';

const hashers: [string, PasswordHasher, RegExp][] = [
  ['argon2id (defaults: m=19 MiB, t=2, p=1)', createArgon2Hasher(), /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/],
  // scrypt at N=2^17 takes about a second a hash here; the format is the same at a lower N.
  ['scrypt', createScryptHasher({ logN: 12 }), /^\$scrypt\$ln=12,r=8,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/],
  ['pbkdf2-sha256', createPbkdf2Hasher({ iterations: 1000 }), /^\$pbkdf2-sha256\$i=1000\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/],
];

describe.each(hashers)('%s hasher', (_, hasher, format) => {
  it('writes a salted PHC string and verifies only the right password', async () => {
    const a = await hasher.hash('Correct-Horse-Battery-9');
    const b = await hasher.hash('Correct-Horse-Battery-9');
    expect(a).toMatch(format);
    expect(a).not.toBe(b);
    expect(await hasher.verify(a, 'Correct-Horse-Battery-9')).toBe(true);
    expect(await hasher.verify(a, 'Correct-Horse-Battery-8')).toBe(false);
    expect(await hasher.verify(a, '')).toBe(false);
  });

  it('answers false, never throws, for a hash it cannot read', async () => {
    for (const bad of ['', 'plain', '$argon2id$v=19$m=1,t=1,p=1$$', '$scrypt$ln=40,r=8,p=1$AAAA$AAAA', '$pbkdf2-sha256$i=1$!!$!!']) {
      expect(await hasher.verify(bad, 'whatever')).toBe(false);
    }
  });
});

describe('scrypt at the OWASP defaults', () => {
  it('hashes with N=2^17, r=8, p=1', async () => {
    const hasher = createScryptHasher();
    const hash = await hasher.hash('Correct-Horse-Battery-9');
    expect(hash).toMatch(/^\$scrypt\$ln=17,r=8,p=1\$/);
    expect(await hasher.verify(hash, 'Correct-Horse-Battery-9')).toBe(true);
  });
});
