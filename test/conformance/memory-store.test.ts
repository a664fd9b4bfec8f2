import { createMemoryStore } from '../../src/stores';
import { runStoreConformance } from '../../src/testing';

runStoreConformance({ name: 'memory store', setup: async () => ({ store: createMemoryStore() }) });
