// The rules engine and its contracts: framework-free, no Node APIs (it also runs in the browser).
export * from './create-profile-service';
export type { ProfileServiceOptions, ProfileEvents } from './support/service-context';
export * from './contracts/profile-store';
export * from './contracts/password-hasher';
export * from './contracts/mailer';
export * from './contracts/store-errors';
export * from './mail/create-outbox-mailer';
export * from './passwords/create-pbkdf2-hasher';
export * from './contracts/breached-password-check';
export * from './passwords/create-range-breach-checker';
export * from './contracts/decide-throttle';
export * from './contracts/erased-changes';
