import { copyFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/react/index.ts',
    core: 'src/core/index.ts',
    adapters: 'src/adapters/index.ts',
    server: 'src/server/index.ts',
    testing: 'src/testing/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  // Everything in dependencies / peerDependencies stays external (tsup's default); vitest too.
  external: ['vitest'],
  async onSuccess() {
    copyFileSync('src/react/styles.css', 'dist/styles.css');
  },
});
