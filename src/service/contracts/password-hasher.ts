/**
 * Hashes and checks passwords. Implementations: `createArgon2Hasher` (argon2id, m=19 MiB, t=2,
 * p=1; the server default), `createScryptHasher` (N=2^17, r=8, p=1) and
 * `createPbkdf2Hasher` (Web Crypto, for the in-browser memory adapter).
 * Hashes are PHC strings (`$argon2id$v=19$m=19456,t=2,p=1$…`); `verify` compares in constant
 * time and answers `false` (never throws) for a hash it cannot read.
 */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}
