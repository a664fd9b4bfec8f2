// profilekit/server: the service, stores, HTTP handler and Express router, password hashers.
// Optional peers (@node-rs/argon2, pg, better-sqlite3) load lazily, when used; the router needs
// no express import at run time.
export { shouldNotify } from '../core';
export * from '../service';
export * from '../stores';
export * from '../http';
export * from './express/create-profile-router';
export * from './passwords/create-argon2-hasher';
export * from './passwords/create-scrypt-hasher';
