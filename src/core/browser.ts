// profilekit/core for browser code (the React layer imports this, never ./index): all of the core
// except `checkPassword` and `passwordEstimator`, which hold zxcvbn and the common-password list
// (about 820 KiB gzip) statically. Here they are only reachable through `loadPasswordEstimator()`'s
// dynamic import, so bundlers make them a chunk of their own, loaded when asked
// (scripts/check-layers.mjs refuses a React import of ./index).
export * from './errors/error-codes';
export * from './errors/profile-error';
export * from './errors/bound-field-errors';
export * from './errors/field-issue';
export * from './errors/issue-messages';
export * from './errors/server-issue-messages';
export * from './errors/fill-template';
export * from './domain/viewer';
export * from './domain/page';
export * from './domain/audit';
export * from './domain/account-status';
export * from './domain/account-export';
export * from './domain/export-file-name';
export * from './domain/records';
export * from './domain/merge-patch';
export * from './text/split-name';
export * from './text/canonicalize-locale';
export * from './text/normalize-email';
export * from './text/is-well-formed';
export * from './config/builtin-fields';
export * from './config/default-labels';
export * from './config/limits';
export * from './config/profile-config-schema';
export * from './config/define-profile-config';
export * from './config/resolve-field-access';
export * from './config/viewer-config';
export * from './config/lifecycle-config';
export * from './schemas/value-schemas';
export * from './schemas/builtin-value-schemas';
export * from './schemas/custom-field-schema';
export * from './schemas/attributes-schema';
export * from './schemas/profile-schema';
export * from './schemas/suspension-reason-schema';
export * from './schemas/create-patch-schema';
export * from './schemas/parse-profile-patch';
export * from './schemas/field-problems-from-zod';
export * from './schemas/zod-issue';
export * from './notifications/notification-rules';
export * from './password/password-length';
export * from './password/password-problems';
export * from './password/personal-words';
export * from './password/password-policy';
export * from './password/load-password-estimator';
export * from './adapter/profile-adapter';
