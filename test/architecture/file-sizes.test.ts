import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAX_LINES = 250;
const SRC = 'src';

/**
 * Message catalogues and generated data: long by nature, one entry a line. (The common-password
 * list is not in src/: it comes with `@zxcvbn-ts/language-common`.)
 */
const EXEMPT = ['src/react/i18n/locales/'];

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield relative('.', path).split(sep).join('/');
  }
}

/** Lines as an editor numbers them: a final newline ends the last line, it does not add one. */
function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split(/\r\n|\r|\n/).length - (/(\r\n|\r|\n)$/.test(text) ? 1 : 0);
}

describe('file sizes', () => {
  it('counts lines as an editor does', () => {
    expect(lineCount('')).toBe(0);
    expect(lineCount('a')).toBe(1);
    expect(lineCount('a\n')).toBe(1);
    expect(lineCount('a\nb')).toBe(2);
    expect(lineCount('a\r\nb\r\n')).toBe(2);
    expect(lineCount('a\n\n')).toBe(2);
  });

  it(`keeps every file in src/ at ${MAX_LINES} lines or fewer, catalogues excepted`, () => {
    const tooLong = [...files(SRC)]
      .filter((path) => !EXEMPT.some((prefix) => path.startsWith(prefix)))
      .map((path) => ({ path, lines: lineCount(readFileSync(path, 'utf8')) }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ path, lines }) => `${path}: ${lines} lines`);
    expect(tooLong).toEqual([]);
  });

  it('exempts folders that exist', () => {
    const all = [...files(SRC)];
    for (const prefix of EXEMPT) expect(all.some((path) => path.startsWith(prefix)), prefix).toBe(true);
  });
});
