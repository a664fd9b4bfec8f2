// profilekit/core: no React, no Node. Types, the field config, schemas, errors, the adapter contract.
// All of ./browser (what browser code imports), plus the synchronous password check with its
// estimator (zxcvbn and the common-password list) and the English of any issue (`issueFields`),
// which the service runs.
export * from './browser';
export * from './password/password-estimator';
export * from './password/check-password';
export * from './errors/issue-fields';
