import { describe } from 'vitest';
import { useWorld } from './adapter-fixtures';
import type { AdapterConformanceOptions } from './adapter-harness';
import { adminTests } from './admin-tests';
import { emailTests } from './email-tests';
import { passwordTests } from './password-tests';
import { readTests } from './read-tests';
import { updateTests } from './update-tests';

/**
 * Registers the adapter conformance suite (vitest) for a `ProfileAdapter` implementation: every
 * rule the components rely on, through the adapter, each test on a fresh backend from `setup`.
 * Call it at the top level of a test file:
 *
 * ```ts
 * runAdapterConformance({ name: 'my backend', setup: async (config) => myHarness(config) });
 * ```
 */
export function runAdapterConformance(options: AdapterConformanceOptions): void {
  describe(`ProfileAdapter conformance: ${options.name}`, () => {
    const world = useWorld(options);
    readTests(world);
    updateTests(world);
    passwordTests(world);
    emailTests(world);
    adminTests(world);
  });
}
