// Bundle cost: what an app ships for profilekit's components, against what it would ship for a
// trivial form on the same dependencies (bench/bundle/floor.tsx), bundled the same way in the same
// run. esbuild, minified, ESM with code splitting, browser, react / react-dom / react/jsx-runtime
// external, all else bundled; sizes minified, gzip level 9 and brotli quality 11. What a page loads
// up front counts: the entry chunk and the chunks it imports statically (each compressed on its
// own, as a browser fetches them); chunks only reached through a dynamic `import()` are reported
// apart as `lazy`. Deterministic: the budget test (test/architecture/budgets.test.ts) and
// `npm run bench` both call `measureBundles()`.
import { build, type Metafile } from 'esbuild';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const HERE = resolve(ROOT, 'bench/bundle');
const REACT_ENTRY = resolve(ROOT, 'src/react/index.ts');

export const COMPONENTS = ['ProfileForm', 'PasswordChange', 'NotificationPrefs', 'CustomFieldsEditor', 'AdminUserDetail'] as const;
export type ComponentName = (typeof COMPONENTS)[number];
/** The account lifecycle's components (issue 12): measured one by one like the five, not in "the five together". */
export const LIFECYCLE_COMPONENTS = ['AccountDataExport', 'DeleteAccount', 'UserList'] as const;
export type LifecycleComponentName = (typeof LIFECYCLE_COMPONENTS)[number];

/** The five dependencies of the floor, in the order the tables show them. */
export const FLOOR_DEPENDENCIES = ['react-hook-form', 'zod', '@hookform/resolvers', '@tanstack/react-query', '@radix-ui/react-dialog'] as const;
export type FloorDependency = (typeof FLOOR_DEPENDENCIES)[number];

/** The exact esbuild options, shown in BENCHMARKS.md. */
export const BUILD_OPTIONS = {
  bundle: true,
  minify: true,
  format: 'esm',
  splitting: true,
  platform: 'browser',
  target: 'es2022',
  jsx: 'automatic',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  external: ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'],
} as const;

/** What must never reach the browser bundle. */
const SERVER_ONLY = /(^|\/)node_modules\/(express|pg|pg-[^/]+|better-sqlite3|kysely|helmet|express-rate-limit|rate-limit-redis|redis|ioredis|@node-rs\/argon2)\//;
const ZOD_LOCALE = /node_modules\/zod\/(v4\/)?locales\/([^/]+)\.[cm]?js$/;

export interface Sizes {
  minified: number;
  gzip: number;
  brotli: number;
}

/** A chunk only reached through a dynamic `import()`: fetched when the code asks for it, not with the page. */
export interface LazyChunk extends Sizes {
  /** The chunk's file name as esbuild writes it (`common-password-list-XXXX.js`). */
  file: string;
  /** esbuild's bytes in the chunk per input module (repo-relative paths). */
  inputs: Record<string, number>;
}

export interface BundleFigure extends Sizes {
  id: string;
  label: string;
  /** How many files the page loads up front: the entry chunk and its static imports (the sizes above sum them, each compressed on its own). */
  initialChunks: number;
  /**
   * How many of those hold profilekit's own code (`src/`). One, unless a lazy chunk shares modules
   * with the first load: esbuild then moves them into a chunk of their own, which the page also loads
   * up front (and each compresses worse alone).
   */
  initialChunksWithOwnCode: number;
  /** Chunks loaded later through dynamic `import()` (not counted in the sizes above or in any ratio). */
  lazy: LazyChunk[];
  /** The lazy chunks' sizes summed. */
  lazyTotal: Sizes;
  /** esbuild's bytes in the minified initial chunks per package (`profilekit` = this repo's src/). */
  packages: Record<string, number>;
  /** profilekit's own bytes in the minified initial chunks per source folder (`react/components/profile-form`, `core/schemas`, …). */
  ownCode: Record<string, number>;
  /** The floor dependencies found among the initial chunks' inputs. */
  dependencies: FloorDependency[];
  /** The inputs that kept code in the initial chunks (repo-relative paths). */
  initialInputs: string[];
  /** Inputs that must never be in a browser bundle (node: built-ins, server packages). */
  serverInputs: string[];
  /** zod locale files kept (only `en` is expected: zod's classic entry configures it). */
  zodLocales: string[];
  inputCount: number;
}

export interface ComponentFigure<N extends string = ComponentName> {
  name: N;
  bundle: BundleFigure;
  floor: BundleFigure;
  ratio: number;
}

export interface BundleReport {
  options: typeof BUILD_OPTIONS;
  esbuildVersion: string;
  floor: BundleFigure;
  entry: BundleFigure;
  provider: BundleFigure;
  all: BundleFigure;
  allRatio: number;
  components: ComponentFigure[];
  lifecycle: ComponentFigure<LifecycleComponentName>[];
  css: Sizes & { id: string; label: string };
}

export function compress(bytes: Uint8Array): Sizes {
  return {
    minified: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

/** The package an input belongs to: `profilekit` for src/, `fixture` for bench/, else its node_modules name. */
export function packageOf(input: string): string {
  if (input.startsWith('node:')) return input;
  const at = input.lastIndexOf('node_modules/');
  if (at === -1) return input.startsWith('src/') ? 'profilekit' : input.startsWith('bench/') ? 'fixture' : input;
  const parts = input.slice(at + 'node_modules/'.length).split('/');
  return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

const OUT_DIR = resolve(ROOT, '.scratch/bench-bundle');
const sum = (sizes: Sizes[]): Sizes => ({
  minified: sizes.reduce((n, s) => n + s.minified, 0),
  gzip: sizes.reduce((n, s) => n + s.gzip, 0),
  brotli: sizes.reduce((n, s) => n + s.brotli, 0),
});

async function bundle(id: string, label: string, source: { entry: string } | { stdin: string }): Promise<BundleFigure> {
  const result = await build({
    ...BUILD_OPTIONS,
    define: { ...BUILD_OPTIONS.define },
    external: [...BUILD_OPTIONS.external],
    ...('entry' in source
      ? { entryPoints: [source.entry] }
      : { stdin: { contents: source.stdin, resolveDir: HERE, sourcefile: `${id}.ts`, loader: 'ts' as const } }),
    absWorkingDir: ROOT,
    outdir: OUT_DIR,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const meta: Metafile = result.metafile;
  const contents = new Map(result.outputFiles.map((file) => [file.path, file.contents]));
  const bytesOf = (output: string) => contents.get(resolve(ROOT, output))!;
  // The page loads the entry chunk and, transitively, the chunks it imports statically; the
  // chunks those reach only through a dynamic import() are lazy. (esbuild also writes a chunk for
  // a dynamic import() that tree-shaking dropped: reached from nothing, it is neither.)
  const outputs = Object.keys(meta.outputs).filter((output) => output.endsWith('.js'));
  const entryInput = 'entry' in source ? relative(ROOT, source.entry) : relative(ROOT, resolve(HERE, `${id}.ts`));
  const entryOutput = outputs.find((output) => meta.outputs[output]!.entryPoint === entryInput);
  if (!entryOutput) throw new Error(`${id}: no output for the entry ${entryInput} among ${outputs.join(', ')}`);
  const reach = (from: string, kinds: readonly string[], into: Set<string>) => {
    if (into.has(from)) return;
    into.add(from);
    for (const edge of meta.outputs[from]!.imports) if (!edge.external && kinds.includes(edge.kind)) reach(edge.path, kinds, into);
  };
  const initial = new Set<string>();
  reach(entryOutput, ['import-statement'], initial);
  const reachable = new Set<string>();
  reach(entryOutput, ['import-statement', 'dynamic-import'], reachable);
  const lazyOutputs = [...reachable].filter((output) => !initial.has(output));
  // Every module esbuild loaded (the import graph) and those that kept code in the initial chunks after tree-shaking.
  const loaded = Object.keys(meta.inputs);
  const kept: string[] = [];
  const keptAnywhere: string[] = [];
  const packages: Record<string, number> = {};
  const ownCode: Record<string, number> = {};
  for (const output of reachable) {
    for (const [input, { bytesInOutput }] of Object.entries(meta.outputs[output]!.inputs)) {
      if (bytesInOutput === 0) continue;
      keptAnywhere.push(input);
      if (!initial.has(output)) continue;
      kept.push(input);
      const name = packageOf(input);
      packages[name] = (packages[name] ?? 0) + bytesInOutput;
      if (name === 'profilekit') {
        const folder = input.split('/').slice(1, -1).slice(0, 3).join('/');
        ownCode[folder] = (ownCode[folder] ?? 0) + bytesInOutput;
      }
    }
  }
  const lazy: LazyChunk[] = lazyOutputs.map((output) => ({
    file: output.slice(output.lastIndexOf('/') + 1),
    ...compress(bytesOf(output)),
    inputs: Object.fromEntries(
      Object.entries(meta.outputs[output]!.inputs)
        .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
        .map(([input, { bytesInOutput }]) => [input, bytesInOutput]),
    ),
  }));
  return {
    id,
    label,
    ...sum([...initial].map((output) => compress(bytesOf(output)))),
    initialChunks: initial.size,
    initialChunksWithOwnCode: [...initial].filter((output) => Object.keys(meta.outputs[output]!.inputs).some((input) => input.startsWith('src/'))).length,
    lazy,
    lazyTotal: sum(lazy),
    packages,
    ownCode,
    dependencies: FLOOR_DEPENDENCIES.filter((dep) => kept.some((input) => packageOf(input) === dep)),
    // Strict: even a module that tree-shaking emptied means the import graph reaches it.
    initialInputs: kept,
    serverInputs: loaded.filter((input) => input.startsWith('node:') || SERVER_ONLY.test(input)),
    zodLocales: keptAnywhere.map((input) => ZOD_LOCALE.exec(input)?.[2]).filter((name): name is string => !!name),
    inputCount: kept.length,
  };
}

/** The floor parts (export, module under bench/bundle/) that cover a set of dependencies (see floor.tsx). */
export function floorParts(deps: readonly FloorDependency[]): [name: string, module: string][] {
  const has = (dep: FloorDependency) => deps.includes(dep);
  const parts: [string, string][] = [];
  if (has('@hookform/resolvers')) parts.push(['FloorValidatedForm', './floor/validated-form.tsx']);
  else {
    if (has('react-hook-form')) parts.push(['FloorFields', './floor/fields.tsx']);
    if (has('zod')) parts.push(['floorParse', './floor/schema.ts']);
  }
  if (has('@tanstack/react-query')) parts.push(['FloorQuery', './floor/query.tsx']);
  if (has('@radix-ui/react-dialog')) parts.push(['FloorDialog', './floor/dialog.tsx']);
  return parts;
}

const floorCache = new Map<string, Promise<BundleFigure>>();
function floorFor(deps: readonly FloorDependency[]): Promise<BundleFigure> {
  const parts = floorParts(deps);
  const key = parts.map(([name]) => name).join(' + ');
  let figure = floorCache.get(key);
  if (!figure) {
    figure = bundle(`floor: ${key}`, `floor of ${deps.join(' + ') || 'nothing'}`, {
      stdin: parts.map(([name, module]) => `export { ${name} } from ${JSON.stringify(module)};`).join('\n') || 'export {};',
    });
    floorCache.set(key, figure);
  }
  return figure;
}

const fromReact = (names: readonly string[]) => `export { ${names.join(', ')} } from ${JSON.stringify(REACT_ENTRY)};`;

export async function measureBundles(): Promise<BundleReport> {
  floorCache.clear();
  const { version: esbuildVersion } = await import('esbuild');
  const [floor, entry, provider, all] = await Promise.all([
    bundle('floor', 'floor: trivial form (all five dependencies)', { stdin: "export { FloorForm } from './floor.tsx';" }),
    bundle('entry', 'profilekit entry, whole (`export *`)', { stdin: `export * from ${JSON.stringify(REACT_ENTRY)};` }),
    bundle('provider', 'ProfileKitProvider alone', { stdin: fromReact(['ProfileKitProvider']) }),
    bundle('all', 'the five components together (+ ProfileKitProvider)', { stdin: fromReact(['ProfileKitProvider', ...COMPONENTS]) }),
  ]);
  const measureComponent = async <N extends string>(name: N): Promise<ComponentFigure<N>> => {
    const figure = await bundle(name, `${name} (+ ProfileKitProvider)`, { stdin: fromReact(['ProfileKitProvider', name]) });
    const componentFloor = await floorFor(figure.dependencies);
    return { name, bundle: figure, floor: componentFloor, ratio: figure.gzip / componentFloor.gzip };
  };
  const components = await Promise.all(COMPONENTS.map(measureComponent));
  const lifecycle = await Promise.all(LIFECYCLE_COMPONENTS.map(measureComponent));
  const cssResult = await build({
    entryPoints: [resolve(ROOT, 'src/react/styles.css')],
    bundle: true,
    minify: true,
    write: false,
    logLevel: 'silent',
    outdir: resolve(ROOT, '.scratch/bench-css'),
  });
  const css = { id: 'css', label: 'styles.css (all @imports inlined)', ...compress(cssResult.outputFiles[0]!.contents) };
  return { options: BUILD_OPTIONS, esbuildVersion, floor, entry, provider, all, allRatio: all.gzip / floor.gzip, components, lifecycle, css };
}
