// The demo page's Vite config. `npm start` builds with it (demo/web-build.ts); for hacking on the
// page with hot reload, run `npm start` in one terminal and `npx vite demo/web` in another.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const source = (path: string) => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  resolve: {
    // The page imports profilekit the way an app does; the entry points resolve to the source,
    // so the demo runs without a build of the package.
    alias: [
      { find: /^profilekit$/, replacement: source('react/index.ts') },
      { find: /^profilekit\/adapters$/, replacement: source('adapters/index.ts') },
      { find: /^profilekit\/styles\.css$/, replacement: source('react/styles.css') },
    ],
  },
  build: { target: 'es2022', sourcemap: true, reportCompressedSize: false, chunkSizeWarningLimit: 1024 },
  server: { proxy: { '/api': 'http://localhost:3000', '/dev': 'http://localhost:3000' } },
});
