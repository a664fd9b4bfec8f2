// The built browser entry (dist/index.js, as installed from the tarball), bundled for the browser
// the way an app's bundler would: it must hold nothing of express, pg, better-sqlite3, the other
// server packages, or node: modules. Usage: node scripts/check-browser-bundle.mjs <project dir>
import { build } from 'esbuild';

const project = process.argv[2] ?? process.cwd();
const SERVER_ONLY = /(^|\/)node_modules\/(express|pg|better-sqlite3|kysely|helmet|express-rate-limit|rate-limit-redis|redis|ioredis|@node-rs\/argon2)\//;
const result = await build({
  stdin: { contents: "export * from 'profilekit';", resolveDir: project, loader: 'js' },
  absWorkingDir: project,
  bundle: true,
  write: false,
  platform: 'browser',
  format: 'esm',
  minify: true,
  metafile: true,
  logLevel: 'error',
  external: ['react', 'react-dom', 'react/jsx-runtime'],
});
const inputs = Object.keys(result.metafile.inputs);
const bad = inputs.filter((file) => file.startsWith('node:') || SERVER_ONLY.test(file));
if (bad.length > 0) {
  console.error(`the browser bundle of profilekit holds server code:\n  ${bad.join('\n  ')}`);
  process.exit(1);
}
if (!inputs.some((file) => file.includes('node_modules/profilekit/dist/'))) {
  console.error('the bundle did not come from the installed dist/');
  process.exit(1);
}
console.log(`browser bundle of dist/index.js: ${(result.outputFiles[0].contents.length / 1024).toFixed(1)} KiB minified, ${inputs.length} inputs, no server code`);
