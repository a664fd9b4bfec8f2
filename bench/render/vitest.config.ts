import { defineConfig } from 'vitest/config';

// The render-cost figures of BENCHMARKS.md (npm run bench): jsdom, React Profiler counts,
// written as JSON to $BENCH_RENDER_OUT (default .scratch/bench/render.json). Not a gate: the
// component tests named in bench/budgets.json gate the same figures in `npm test`.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['bench/render/*.measure.tsx'],
    environment: 'jsdom',
    setupFiles: ['test/support/setup-dom.ts'],
    testTimeout: 60_000,
    fileParallelism: false,
  },
});
