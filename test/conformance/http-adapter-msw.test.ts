import { runAdapterConformance } from '../../src/testing';
import { createConformanceHarness, useMswServer } from '../support/component-backends';

// The msw handlers answer through the same web handler as the Express router: the HTTP adapter
// passes the whole suite against them, so stories see exactly the server's behaviour.
useMswServer();

runAdapterConformance({ name: 'HTTP adapter -> msw handlers (memory backend)', setup: (config) => createConformanceHarness('http', config) });
