import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const lint = (dir?: string) =>
  spawnSync(process.execPath, ['scripts/check-layers.mjs', ...(dir ? [dir] : [])], { encoding: 'utf8' });

describe('layer rules (npm run lint)', () => {
  it('passes on src', () => {
    const result = lint();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('fails, naming each breach, on a tree that breaks them', () => {
    const result = lint('test/architecture/fixtures/bad-src');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("core/uses-react.ts: imports React: 'react'");
    expect(result.stderr).toContain("core/uses-react.ts: imports a Node module: 'node:fs'");
    expect(result.stderr).toContain("core/uses-react.ts: imports src/service (core depends on nothing)");
    expect(result.stderr).toContain("service/thing.ts: imports a Node module (it must run in the browser): 'node:crypto'");
    expect(result.stderr).toContain("react/reaches-server.ts: imports src/server internals");
    expect(result.stderr).toContain("react/reaches-server.ts: imports src/service internals");
    expect(result.stderr).toContain("react/eager-core.ts: imports core's index, which loads the common-password list eagerly (import core/browser)");
    expect(result.stderr).toContain("next/uses-next.ts: imports the next package: 'next/server'");
    expect(result.stderr).toContain("next/uses-next.ts: imports src/server (next builds on http and the server's rate limit only): '../server/router'");
  });

  it('finds every import circle, over type imports, export-from, folder indexes and dynamic imports', () => {
    const fixture = 'test/architecture/fixtures/circular-src';
    const result = lint(fixture);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Layer rules broken (2)');
    expect(result.stderr).toContain(
      `import circle: ${fixture}/core/a.ts -> ${fixture}/core/b.ts -> ${fixture}/core/parts/index.ts -> ${fixture}/core/parts/c.ts -> ${fixture}/core/a.ts`,
    );
    expect(result.stderr).toContain(`import circle: ${fixture}/service/pair-one.ts -> ${fixture}/service/pair-two.ts -> ${fixture}/service/pair-one.ts`);
    // Importing into a circle is not being in it.
    expect(result.stderr).not.toContain('uses-leaf');
    expect(result.stderr).not.toContain('leaf.ts ->');
  });

  it('finds no circle in the tree that breaks the layer rules', () => {
    expect(lint('test/architecture/fixtures/bad-src').stderr).not.toContain('import circle');
  });
});
