import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/react/index.ts',
    core: 'src/core/index.ts',
    adapters: 'src/adapters/index.ts',
    server: 'src/server/index.ts',
    testing: 'src/testing/index.ts',
    'testing/msw': 'src/testing/msw/index.ts',
    next: 'src/next/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  // Everything in dependencies / peerDependencies stays external (tsup's default).
  async onSuccess() {
    // One file for users: the stylesheet's @imports inlined, in order.
    const css = readFileSync('src/react/styles.css', 'utf8').replace(/^@import '\.\/(.+?)';$/gm, (_, file: string) =>
      readFileSync(resolve('src/react', file), 'utf8'),
    );
    writeFileSync('dist/styles.css', css);

    // The React entry is a client module for React Server Components (Next.js App Router). The
    // directive must be the file's first statement, which esbuild's banner would not keep with splitting.
    for (const file of ['dist/index.js', 'dist/index.cjs']) {
      writeFileSync(file, `"use client";\n${readFileSync(file, 'utf8')}`);
    }
  },
});
