// The bundle budgets (bench/budgets.json) checked against a measurement. Used by
// test/architecture/budgets.test.ts (CI, through `npm test`), by `npm run bench:budgets` and by
// `npm run bench`.
//
//   npm run bench:budgets            measure, print the table, exit 1 when a budget is exceeded
//   npm run bench:budgets -- --pin   also write each missed goal's CI ceiling (the measured
//                                    gzip bytes plus `slack`) into bench/budgets.json
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COMPONENTS, measureBundles, ROOT, type BundleFigure, type BundleReport, type ComponentName, type LifecycleComponentName } from './measure';

export const BUDGETS_FILE = resolve(ROOT, 'bench/budgets.json');
// The password estimator: zxcvbn-ts and the common-password list (about 820 KiB gzip).
const COMMON_PASSWORDS = 'src/core/password/password-estimator.ts';
const isEstimatorInput = (input: string) => input === COMMON_PASSWORDS || input.includes('node_modules/@zxcvbn-ts/');

export interface RatioBudget {
  /** The goal: gzip bytes / the floor's gzip bytes. */
  goal: number;
  /** While the goal is missed: the most gzip bytes CI accepts (the figure when pinned, plus slack). */
  ceiling: number | null;
}

export interface Budgets {
  metric: 'gzip';
  /** Headroom added to a pinned ceiling (0.01 = 1 %), so an unrelated one-line change does not fail CI. */
  slack: number;
  bundle: {
    all: RatioBudget;
    components: Record<ComponentName, RatioBudget>;
    /** The account lifecycle's components, each against its floor like the five. */
    lifecycle: Record<LifecycleComponentName, RatioBudget>;
    /** zod locale files a browser bundle may hold (zod's classic entry configures `en`). */
    zodLocales: string[];
  };
  /** Render figures: goals, and the component test that gates each in CI. */
  render: Record<string, { label: string; goal: number; gatedBy: string }>;
}

export function loadBudgets(): Budgets {
  return JSON.parse(readFileSync(BUDGETS_FILE, 'utf8')) as Budgets;
}

export interface BudgetCheck {
  id: string;
  label: string;
  /** What was measured, for the message. */
  figure: string;
  goal: string;
  goalMet: boolean;
  /** Within the CI budget: the goal, or the pinned ceiling while the goal is missed. */
  pass: boolean;
  message: string;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function ratioCheck(id: string, label: string, figure: BundleFigure, floor: BundleFigure, budget: RatioBudget): BudgetCheck {
  const ratio = figure.gzip / floor.gzip;
  const goalMet = ratio <= budget.goal;
  const withinCeiling = budget.ceiling !== null && figure.gzip <= budget.ceiling;
  const pass = goalMet || withinCeiling;
  const measured = `${figure.gzip} B gzip (${kb(figure.gzip)}) = ${ratio.toFixed(3)}x the floor's ${floor.gzip} B (${floor.label})`;
  let message: string;
  if (goalMet) message = `${label}: ${measured}: goal <= ${budget.goal}x met`;
  else if (withinCeiling) message = `${label}: ${measured}: goal <= ${budget.goal}x missed, within the CI ceiling of ${budget.ceiling} B`;
  else if (budget.ceiling === null) message = `${label}: ${measured}: over the goal of ${budget.goal}x, and no CI ceiling is pinned`;
  else message = `${label}: ${measured}: over the goal of ${budget.goal}x AND over the CI ceiling of ${budget.ceiling} B by ${figure.gzip - budget.ceiling} B`;
  const figureShort = `${ratio.toFixed(2)}x (${figure.gzip.toLocaleString('en')} B gzip; floor ${floor.gzip.toLocaleString('en')} B)`;
  return { id, label, figure: figureShort, goal: `<= ${budget.goal}x the floor`, goalMet, pass, message };
}

/** Every bundle budget, checked. */
export function checkBundleBudgets(report: BundleReport, budgets: Budgets = loadBudgets()): BudgetCheck[] {
  const checks: BudgetCheck[] = [ratioCheck('bundle.all', 'the five components together', report.all, report.floor, budgets.bundle.all)];
  for (const component of report.components) {
    checks.push(ratioCheck(`bundle.${component.name}`, component.name, component.bundle, component.floor, budgets.bundle.components[component.name]));
  }
  for (const component of report.lifecycle) {
    checks.push(ratioCheck(`bundle.${component.name}`, component.name, component.bundle, component.floor, budgets.bundle.lifecycle[component.name]));
  }
  const browserBundles = [report.entry, report.provider, report.all, ...report.components.map((c) => c.bundle), ...report.lifecycle.map((c) => c.bundle)];
  // A lazy part that imports a module a first load holds makes esbuild move that module (and its
  // neighbours) into a chunk of its own, loaded up front too: the first load in two pieces, each
  // compressed alone. Lazy parts take such things from their host (`LazyKit`) instead. Checked on
  // the five; the lifecycle components share their words and helpers with AdminUserDetail's lazy
  // account actions by design (their figures count the extra chunk).
  const split = [report.all, ...report.components.map((c) => c.bundle)].filter((b) => b.initialChunksWithOwnCode > 1);
  checks.push({
    id: 'bundle.lazy-apart',
    label: "lazy parts share no module with the five's first loads: each one's own code is in one first chunk",
    figure: split.length === 0 ? 'one chunk each' : split.map((b) => `${b.id}: ${b.initialChunksWithOwnCode} chunks`).join(', '),
    goal: 'one chunk each',
    goalMet: split.length === 0,
    pass: split.length === 0,
    message:
      split.length === 0
        ? 'no lazy part splits a first load'
        : `a lazy part imports modules a first load holds, splitting it (${split.map((b) => `${b.id}: ${b.initialChunksWithOwnCode} chunks with src/ code`).join(', ')}): pass them through LazyKit`,
  });
  const server = browserBundles.flatMap((b) => b.serverInputs.map((input) => `${b.id}: ${input}`));
  checks.push({
    id: 'bundle.server-free',
    label: 'no express, pg, better-sqlite3 or node: modules in the browser bundles',
    figure: server.length === 0 ? 'none' : server.join(', '),
    goal: 'none',
    goalMet: server.length === 0,
    pass: server.length === 0,
    message: server.length === 0 ? 'browser bundles hold no server code' : `browser bundles reach server code: ${server.join(', ')}`,
  });
  // The estimator (zxcvbn and the common-password list) is fetched when the new-password field
  // needs it, never with the page: in no bundle's initial chunks, a lazy chunk wherever PasswordChange is.
  const early = browserBundles.filter((b) => b.initialInputs.some(isEstimatorInput)).map((b) => b.id);
  const withPasswordChange = [report.entry, report.all, ...report.components.filter((c) => c.name === 'PasswordChange').map((c) => c.bundle)];
  const notLazy = withPasswordChange.filter((b) => !b.lazy.some((chunk) => COMMON_PASSWORDS in chunk.inputs)).map((b) => b.id);
  const listLazy = early.length === 0 && notLazy.length === 0;
  const lazyList = report.all.lazy.find((chunk) => COMMON_PASSWORDS in chunk.inputs);
  checks.push({
    id: 'bundle.password-list-lazy',
    label: 'the password estimator (zxcvbn, the common-password list) only in a lazy chunk, never in a first load',
    figure: listLazy
      ? `lazy (${lazyList ? `${lazyList.gzip.toLocaleString('en')} B gzip, ` : ''}loaded on focus of the new password or when idle)`
      : [early.length ? `in the first load of ${early.join(', ')}` : '', notLazy.length ? `no lazy chunk in ${notLazy.join(', ')}` : ''].filter(Boolean).join('; '),
    goal: 'lazy',
    goalMet: listLazy,
    pass: listLazy,
    message: listLazy
      ? 'the password estimator is a lazy chunk'
      : `the password estimator (${COMMON_PASSWORDS}) must load through loadPasswordEstimator() only (React imports core/browser, never core's index): ${[
          early.length ? `in the initial chunks of ${early.join(', ')}` : '',
          notLazy.length ? `no lazy chunk holds it in ${notLazy.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('; ')}`,
  });
  const extraLocales = browserBundles.flatMap((b) => b.zodLocales.filter((l) => !budgets.bundle.zodLocales.includes(l)).map((l) => `${b.id}: ${l}`));
  checks.push({
    id: 'bundle.zod-locales',
    label: `zod locales kept: ${budgets.bundle.zodLocales.join(', ')} only`,
    figure: extraLocales.length === 0 ? budgets.bundle.zodLocales.join(', ') : extraLocales.join(', '),
    goal: budgets.bundle.zodLocales.join(', '),
    goalMet: extraLocales.length === 0,
    pass: extraLocales.length === 0,
    message:
      extraLocales.length === 0
        ? 'no extra zod locales'
        : `zod locales beyond ${budgets.bundle.zodLocales.join(', ')} are bundled (import zod as \`import * as z from 'zod'\`): ${extraLocales.slice(0, 10).join(', ')}`,
  });
  return checks;
}

/** Sets each missed ratio goal's ceiling to the measured figure plus slack; clears met ones. */
export function pinCeilings(report: BundleReport, budgets: Budgets): Budgets {
  const pin = (figure: BundleFigure, floor: BundleFigure, budget: RatioBudget): RatioBudget => ({
    ...budget,
    ceiling: figure.gzip / floor.gzip <= budget.goal ? null : Math.ceil(figure.gzip * (1 + budgets.slack)),
  });
  const components = { ...budgets.bundle.components };
  for (const c of report.components) components[c.name] = pin(c.bundle, c.floor, budgets.bundle.components[c.name]);
  const lifecycle = { ...budgets.bundle.lifecycle };
  for (const c of report.lifecycle) lifecycle[c.name] = pin(c.bundle, c.floor, budgets.bundle.lifecycle[c.name]);
  return { ...budgets, bundle: { ...budgets.bundle, all: pin(report.all, report.floor, budgets.bundle.all), components, lifecycle } };
}

async function main() {
  const started = Date.now();
  const report = await measureBundles();
  let budgets = loadBudgets();
  if (process.argv.includes('--pin')) {
    budgets = pinCeilings(report, budgets);
    writeFileSync(BUDGETS_FILE, `${JSON.stringify(budgets, null, 2)}\n`);
    console.log(`pinned ceilings in ${BUDGETS_FILE}`);
  }
  const checks = checkBundleBudgets(report, budgets);
  for (const check of checks) console.log(`${check.pass ? (check.goalMet ? 'ok  ' : 'miss') : 'FAIL'}  ${check.message}`);
  console.log(`css: ${report.css.minified} B minified, ${report.css.gzip} B gzip, ${report.css.brotli} B brotli`);
  console.log(`(${COMPONENTS.length} + ${report.lifecycle.length} components, esbuild ${report.esbuildVersion}, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (checks.some((check) => !check.pass)) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
