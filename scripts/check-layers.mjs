// The layer rules of the README's architecture section (imports point inward), checked on every import, export-from,
// dynamic import and require under src/. Exits 1 naming each breach. Run: npm run lint
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, process.argv[2] ?? 'src');

const REACT = /^(react|react-dom|@tanstack\/react-query|@radix-ui\/|react-hook-form|@hookform\/)/;
const NODE = /^(node:|fs$|path$|crypto$|os$|http$|https$|net$|child_process$|worker_threads$|stream$|url$|util$)/;
const SERVER_PACKAGES = /^(express|pg|better-sqlite3|kysely|helmet|express-rate-limit|rate-limit-redis|redis|ioredis|@node-rs\/argon2)$/;

/** Layer -> rule(importing file's layer, target layer or package) -> message or null. */
const rules = [
  { from: ['core', 'service', 'stores', 'http'], bans: (spec) => REACT.test(spec) && 'imports React' },
  { from: ['core'], bans: (spec) => NODE.test(spec) && 'imports a Node module' },
  { from: ['core', 'service', 'adapters', 'react'], bans: (spec) => SERVER_PACKAGES.test(spec) && 'imports a server-only package' },
  { from: ['service', 'adapters', 'react', 'http'], bans: (spec) => NODE.test(spec) && 'imports a Node module (it must run in the browser)' },
  { from: ['core'], bans: (_, layer) => layer && layer !== 'core' && `imports src/${layer} (core depends on nothing)` },
  { from: ['service'], bans: (_, layer) => layer && !['core', 'service'].includes(layer) && `imports src/${layer}` },
  { from: ['stores'], bans: (_, layer) => layer && !['core', 'service', 'stores'].includes(layer) && `imports src/${layer}` },
  { from: ['http'], bans: (_, layer) => layer && !['core', 'service', 'http'].includes(layer) && `imports src/${layer}` },
  {
    from: ['adapters'],
    bans: (_, layer) => layer && !['core', 'service', 'stores', 'http', 'adapters'].includes(layer) && `imports src/${layer}`,
  },
  {
    // core's index holds the common-password list statically (for the service's synchronous
    // check); a React import of it would put the list in every component's first load.
    from: ['react'],
    bans: (_, layer, target) =>
      layer === 'core' &&
      [join(src, 'core'), join(src, 'core', 'index'), join(src, 'core', 'index.ts')].includes(target) &&
      "imports core's index, which loads the common-password list eagerly (import core/browser)",
  },
  {
    from: ['react'],
    bans: (_, layer, target) =>
      (layer === 'server' || layer === 'stores' || layer === 'testing' || layer === 'http' ||
        (layer === 'service' && !target.endsWith(`${sep}service`) && !target.endsWith(`${sep}service${sep}index.ts`))) &&
      `imports src/${layer} internals (use the public entry points)`,
  },
];

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|tsx|mts|cts)$/.test(name)) yield path;
  }
}

const layerOf = (path) => relative(src, path).split(sep)[0];
const problems = [];
for (const file of files(src)) {
  const layer = layerOf(file);
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  for (const match of text.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2] ?? match[3] ?? match[4];
    const target = spec.startsWith('.') ? resolve(dirname(file), spec) : null;
    const targetLayer = target && target.startsWith(src + sep) ? layerOf(target) : target ? '(outside src)' : null;
    for (const rule of rules) {
      if (!rule.from.includes(layer)) continue;
      const verdict = rule.bans(target ? '' : spec, targetLayer, target ?? '');
      if (verdict) problems.push(`${relative(root, file)}: ${verdict}: '${spec}'`);
    }
  }
}

if (problems.length > 0) {
  console.error(`Layer rules broken (${problems.length}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('layer rules: ok');
