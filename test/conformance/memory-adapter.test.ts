import { runAdapterConformance } from '../../src/testing';
import { createMemoryHarness } from '../support/memory-harness';

runAdapterConformance({ name: 'memory adapter', setup: createMemoryHarness });
