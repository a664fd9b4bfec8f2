import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as core from '../../src/core';
import * as server from '../../src/server';

describe('ERROR_STATUS, the code → HTTP status map', () => {
  it('is one map, from profilekit/core and profilekit/server alike', () => {
    expect(server.ERROR_STATUS).toBe(core.ERROR_STATUS);
    expect(server.isProfileError).toBe(core.isProfileError);
  });

  it('is what the README’s error map says, code for code', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('**The error map**'), readme.indexOf('## The HTTP contract'));
    const documented: Record<string, number> = {};
    // Rows of two side-by-side tables: | `a`, `b` | 403 | | `c` | 412 |
    for (const [, codes, status] of section.matchAll(/\|\s*((?:`[a-z_]+`(?:,\s*)?)+)\s*\|\s*(\d{3})\s*\|/g)) {
      for (const [, code] of codes!.matchAll(/`([a-z_]+)`/g)) documented[code!] = Number(status);
    }
    expect(documented).toEqual({ ...core.ERROR_STATUS });
  });
});
