// profilekit/core: no React, no Node. Types, the field config, schemas, errors, the adapter contract.
// All of ./browser (what browser code imports), plus the synchronous password check with the
// shipped common-password list, which the service runs.
export * from './browser';
export * from './password/common-password-list';
export * from './password/check-password';
