// profilekit/testing without vitest installed: the fixtures load (ESM), and a suite called outside
// any test runner says what to pass.
import { exampleConfig, runStoreConformance } from 'profilekit/testing';

if (!exampleConfig.custom || Object.keys(exampleConfig.custom).length === 0) throw new Error('the example config did not load');
try {
  runStoreConformance({ name: 'nowhere', setup: async () => ({ store: null }) });
  throw new Error('runStoreConformance ran with no test runner');
} catch (error) {
  if (!String(error.message).includes('api: { describe, it, expect, beforeEach, afterEach }')) throw error;
}
console.log('esm profilekit/testing: loads without vitest');
