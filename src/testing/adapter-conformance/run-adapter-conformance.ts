import { defaultTestApi } from '../runner/default-test-api';
import { useWorld } from './adapter-fixtures';
import type { AdapterConformanceOptions } from './adapter-harness';
import { adminTests } from './admin-tests';
import { attributeAccessTests, attributeTests, selfOnlyAttributesConfig } from './attribute-tests';
import { deletionTests } from './deletion-tests';
import { emailTests } from './email-tests';
import { exportTests } from './export-tests';
import { invitationTests } from './invitation-tests';
import { issueTests } from './issue-tests';
import { passwordTests } from './password-tests';
import { readTests } from './read-tests';
import { suspensionTests } from './suspension-tests';
import { updateTests } from './update-tests';

/**
 * Registers the adapter conformance suite (with vitest or Jest) for a `ProfileAdapter`
 * implementation: every rule the components rely on, through the adapter, each test on a fresh
 * backend from `setup`.
 * Call it at the top level of a test file:
 *
 * ```ts
 * runAdapterConformance({ name: 'my backend', setup: async (config) => myHarness(config) });
 * ```
 */
export function runAdapterConformance(options: AdapterConformanceOptions): void {
  const t = options.api ?? defaultTestApi();
  const suite = { clock: options.clock ?? true };
  t.describe(`ProfileAdapter conformance: ${options.name}`, () => {
    const world = useWorld(t, options);
    readTests(t, world);
    updateTests(t, world);
    passwordTests(t, world, suite);
    emailTests(t, world, suite);
    adminTests(t, world);
    attributeTests(t, world);
    issueTests(t, world);
    exportTests(t, world);
    deletionTests(t, world);
    suspensionTests(t, world);
    invitationTests(t, world, suite);
  });
  // Its own backends, on a config that narrows attribute access.
  t.describe(`ProfileAdapter conformance: ${options.name} (attribute access)`, () => {
    const world = useWorld(t, options, selfOnlyAttributesConfig);
    attributeAccessTests(t, world);
  });
}
