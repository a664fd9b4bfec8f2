import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestApi } from '../../src/testing';
import { defaultTestApi } from '../../src/testing/runner/default-test-api';

// The suites find their runner without importing vitest, so profilekit/testing loads where vitest
// is not installed (scripts/check-package.sh checks that from the tarball, ESM and CJS).

describe('the test API of the conformance suites', () => {
  it('is vitest’s own functions when called under vitest, with no import and no globals', () => {
    const api = defaultTestApi();
    expect(api.it).toBe(it);
    expect(api.describe).toBe(describe);
    expect(api.expect).toBe(expect);
    // And vitest's functions fit the contract as they are (a type error here otherwise).
    const typed: TestApi = { describe, it, expect, beforeEach, afterEach };
    expect(typed.afterEach).toBe(api.afterEach);
  });

  it('nothing of profilekit/testing imports vitest', async () => {
    const result = await build({
      entryPoints: ['src/testing/index.ts'],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      metafile: true,
      logLevel: 'error',
    });
    const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports.map((imported) => imported.path));
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((path) => /^(vitest|@vitest\/)/.test(path))).toEqual([]);
  });

  // Outside vitest: a runner's globals (Jest's shape), or a clear error.
  const outside = (script: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, VITEST: '' } });

  it('takes a runner’s globals (Jest) outside vitest', () => {
    const result = outside(`
      const names = [];
      Object.assign(globalThis, {
        describe: (name, body) => { names.push(name); body(); },
        it: Object.assign((name) => names.push(name), { skip: (name) => names.push('skipped: ' + name) }),
        expect: Object.assign(() => ({}), { arrayContaining: (items) => items }),
        beforeEach: () => {},
        afterEach: () => {},
      });
      const { runStoreConformance } = await import('./src/testing/index.ts');
      runStoreConformance({ name: 'jest-like', setup: async () => ({ store: null }) });
      console.log(JSON.stringify(names));
    `);
    expect(result.stderr).toBe('');
    const names = JSON.parse(result.stdout) as string[];
    expect(names[0]).toBe('ProfileStore conformance: jest-like');
    expect(names.length).toBeGreaterThan(10);
  });

  it('says what to pass when there is no runner at all', () => {
    const result = outside(`
      const { runAdapterConformance, exampleConfig } = await import('./src/testing/index.ts');
      if (!exampleConfig.custom) throw new Error('fixtures did not load');
      runAdapterConformance({ name: 'nowhere', setup: async () => ({}) });
    `);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('profilekit/testing: no test runner found');
    expect(result.stderr).toContain('api: { describe, it, expect, beforeEach, afterEach }');
  });
});
