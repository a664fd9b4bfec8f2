import { createMemoryStore } from '../../src/stores';
import { runAdapterConformance } from '../../src/testing';
import { startHttpHarness } from '../support/test-app';

// The HTTP adapter through the real router on a real port. The memory store keeps this run fast;
// the SQLite and PostgreSQL runs are in http-adapter-sql.test.ts.
runAdapterConformance({ name: 'HTTP adapter -> Express router (memory store)', setup: (config) => startHttpHarness(config, createMemoryStore()) });
