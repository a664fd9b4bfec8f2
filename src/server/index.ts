// profilekit/server: the service, stores, HTTP handler and Express router, password hashers.
// Optional peers (@node-rs/argon2, pg, better-sqlite3) load lazily, when used; the router needs
// no express import at run time, and no declaration here imports an optional peer's types.
// What a host's own routes need beside the service (a sign-up route maps `ProfileError`s with ERROR_STATUS).
export {
  shouldNotify,
  ERROR_STATUS,
  PROFILE_ERROR_CODES,
  isProfileErrorCode,
  ProfileError,
  isProfileError,
  type ProfileErrorCode,
  type ProfileErrorBody,
} from '../core';
export * from '../service';
export * from '../stores';
export * from '../http';
export * from './express/express-types';
export * from './express/create-profile-router';
export * from './rate-limit/rate-limit-store';
export * from './rate-limit/create-write-rate-limit';
export * from './rate-limit/create-memory-rate-limit-store';
export * from './rate-limit/create-redis-rate-limit-store';
export * from './passwords/create-argon2-hasher';
export * from './passwords/create-scrypt-hasher';
