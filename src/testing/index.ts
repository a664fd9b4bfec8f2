// profilekit/testing: conformance suites for your adapter or store (vitest or Jest, neither imported), and shared fixtures.
export * from './adapter-conformance/run-adapter-conformance';
export type { AdapterConformanceOptions, AdapterHarness, HarnessAccount } from './adapter-conformance/adapter-harness';
export * from './store-conformance/run-store-conformance';
export * from './fixtures/example-config';
export * from './support/find-secrets';
export type { TestApi } from './runner/test-api';
export * from './fixtures/example-accounts';
export * from './fixtures/issue-api-keys';
