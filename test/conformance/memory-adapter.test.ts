import { runAdapterConformance } from '../../src/testing';
import { createConformanceHarness } from '../support/component-backends';

runAdapterConformance({ name: 'memory adapter', setup: (config) => createConformanceHarness('memory', config) });
