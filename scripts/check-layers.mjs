// The layer rules of the README's architecture section (imports point inward), checked on every import, export-from,
// dynamic import and require under src/, and the circles of the import graph (a circle of
// modules has no inside and outside: no layer order holds in it). Exits 1 naming each breach.
// Run: npm run lint [dir]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, process.argv[2] ?? 'src');

const REACT = /^(react|react-dom|@tanstack\/react-query|@radix-ui\/|react-hook-form|@hookform\/)/;
const NODE = /^(node:|fs$|path$|crypto$|os$|http$|https$|net$|child_process$|worker_threads$|stream$|url$|util$)/;
const SERVER_PACKAGES = /^(express|pg|better-sqlite3|kysely|helmet|express-rate-limit|rate-limit-redis|redis|ioredis|@node-rs\/argon2)$/;

/** Layer -> rule(importing file's layer, target layer or package) -> message or null. */
const rules = [
  { from: ['core', 'service', 'stores', 'http', 'next'], bans: (spec) => REACT.test(spec) && 'imports React' },
  // profilekit/next is plain Request -> Response: importing or type-checking it must not need Next.js.
  { from: ['next'], bans: (spec) => /^next(\/|$)/.test(spec) && 'imports the next package' },
  {
    from: ['next'],
    bans: (_, layer, target) =>
      layer &&
      !['core', 'service', 'http', 'next'].includes(layer) &&
      !(layer === 'server' && target.includes(`${sep}server${sep}rate-limit${sep}`)) &&
      `imports src/${layer} (next builds on http and the server's rate limit only)`,
  },
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
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts'];

/** The file a relative import names (`./x`, `./x.js`, `./dir`), or null if there is none. */
function resolveFile(target) {
  const base = target.replace(/\.(c|m)?jsx?$/, '');
  for (const candidate of [target, ...EXTENSIONS.map((ext) => base + ext), ...EXTENSIONS.map((ext) => join(base, `index${ext}`))]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const problems = [];
/** file -> the files under src it imports. */
const graph = new Map();
for (const file of files(src)) {
  const layer = layerOf(file);
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  const edges = new Set();
  graph.set(file, edges);
  for (const match of text.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2] ?? match[3] ?? match[4];
    const target = spec.startsWith('.') ? resolve(dirname(file), spec) : null;
    const targetLayer = target && target.startsWith(src + sep) ? layerOf(target) : target ? '(outside src)' : null;
    for (const rule of rules) {
      if (!rule.from.includes(layer)) continue;
      const verdict = rule.bans(target ? '' : spec, targetLayer, target ?? '');
      if (verdict) problems.push(`${relative(root, file)}: ${verdict}: '${spec}'`);
    }
    const imported = target && target.startsWith(src + sep) ? resolveFile(target) : null;
    if (imported) edges.add(imported);
  }
}

/** The strongly connected components of `graph` with a circle in them (Tarjan, iterative). */
function circles() {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  let next = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work = [[start, [...graph.get(start)], 0]];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const [node, edges] = frame;
      if (frame[2] < edges.length) {
        const to = edges[frame[2]++];
        if (!index.has(to)) {
          index.set(to, next);
          low.set(to, next++);
          stack.push(to);
          onStack.add(to);
          work.push([to, [...(graph.get(to) ?? [])], 0]);
        } else if (onStack.has(to)) {
          low.set(node, Math.min(low.get(node), index.get(to)));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent), low.get(node)));
      }
      if (low.get(node) === index.get(node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== node);
        if (component.length > 1 || graph.get(node).has(node)) found.push(component);
      }
    }
  }
  return found;
}

/** One circle through the component, from its first file (by name) back to it: a -> b -> a. */
function circlePath(component) {
  const members = new Set(component);
  const first = [...component].sort()[0];
  const previous = new Map([[first, null]]);
  const queue = [first];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const to of [...graph.get(node)].sort()) {
      if (to === first) {
        const path = [to];
        for (let at = node; at !== null; at = previous.get(at)) path.unshift(at);
        return path;
      }
      if (members.has(to) && !previous.has(to)) {
        previous.set(to, node);
        queue.push(to);
      }
    }
  }
  return [first, first];
}

for (const component of circles()) {
  problems.push(`import circle: ${circlePath(component).map((file) => relative(root, file)).join(' -> ')}`);
}

if (problems.length > 0) {
  console.error(`Layer rules broken (${problems.length}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('layer rules: ok');
