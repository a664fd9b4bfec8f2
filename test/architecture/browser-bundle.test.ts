import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// The browser entries must bundle for the browser with nothing from the server side: esbuild
// refuses node: built-ins on platform "browser", and the server packages are checked by name.
const SERVER_ONLY = /^(express|pg|better-sqlite3|kysely|helmet|express-rate-limit|rate-limit-redis|redis|ioredis|@node-rs\/argon2)(\/|$)/;

async function bundle(entry: string) {
  const imported: string[] = [];
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    minify: true,
    metafile: true,
    logLevel: 'silent',
    external: ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'],
    plugins: [
      {
        name: 'record-packages',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (args) => {
            imported.push(args.path);
            return undefined;
          });
        },
      },
    ],
  });
  return { bytes: result.outputFiles[0]!.contents.length, imported };
}

describe('browser entries', () => {
  it.each(['src/react/index.ts', 'src/core/index.ts', 'src/adapters/index.ts'])(
    '%s bundles for the browser without node: modules or server packages',
    async (entry) => {
      const { imported } = await bundle(entry);
      expect(imported.filter((p) => p.startsWith('node:') || SERVER_ONLY.test(p))).toEqual([]);
    },
  );
});
