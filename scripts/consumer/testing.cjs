// The same from CommonJS.
const { exampleConfig, exampleAccounts } = require('profilekit/testing');

if (!exampleConfig.custom || typeof exampleAccounts !== 'object') throw new Error('the fixtures did not load');
console.log('cjs profilekit/testing: loads without vitest');
