// profilekit/server: the service, stores, password hashers and (later) the Express router.
// Optional peers (@node-rs/argon2, express, pg, better-sqlite3) load lazily, when used.
export { shouldNotify } from '../core';
export * from '../service';
export * from '../stores';
export * from './passwords/create-argon2-hasher';
export * from './passwords/create-scrypt-hasher';
