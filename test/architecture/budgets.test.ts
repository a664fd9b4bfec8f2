import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBundleBudgets, loadBudgets, type BudgetCheck } from '../../bench/bundle/budgets';
import { measureBundles, ROOT } from '../../bench/bundle/measure';

// The deterministic budgets of BENCHMARKS.md, in CI: the bundle cost of the components against
// their dependency floor (bench/budgets.json: the goal ratio, or while it is missed the pinned
// ceiling in gzip bytes), no server code in the browser bundles, the common-password list only
// in a lazy chunk, no stray zod locales. The render budgets are gated by the component tests
// named in bench/budgets.json; this checks they exist.
// `npm run bench:budgets` prints the same table; `-- --pin` re-pins the ceilings.

const budgets = loadBudgets();
let checks: BudgetCheck[] = [];

beforeAll(async () => {
  checks = checkBundleBudgets(await measureBundles(), budgets);
}, 120_000);

/** Every bundle check, in the order `checkBundleBudgets` makes them. */
const CHECK_IDS = [
  'bundle.all',
  'bundle.ProfileForm',
  'bundle.PasswordChange',
  'bundle.NotificationPrefs',
  'bundle.CustomFieldsEditor',
  'bundle.AdminUserDetail',
  'bundle.AccountDataExport',
  'bundle.DeleteAccount',
  'bundle.UserList',
  'bundle.lazy-apart',
  'bundle.server-free',
  'bundle.password-list-lazy',
  'bundle.zod-locales',
];

describe('bundle budgets (esbuild, minified, gzip 9)', () => {
  it('has a check for the five components together, each component, the lifecycle components, lazy parts apart from first loads, server code, the lazy password list and zod locales', () => {
    expect(checks.map((c) => c.id)).toEqual(CHECK_IDS);
  });

  it.each(CHECK_IDS)('%s within budget', (id) => {
    const check = checks.find((c) => c.id === id)!;
    // The message carries the figures: measured bytes, ratio, floor, goal and ceiling.
    expect(check.pass, check.message).toBe(true);
  });
});

describe('render budgets', () => {
  it.each(Object.entries(budgets.render))('%s is gated by a component test that exists', (_id, render) => {
    expect(render.goal).toBe(0);
    expect(existsSync(resolve(ROOT, render.gatedBy)), `${render.gatedBy} (gates: ${render.label})`).toBe(true);
  });
});
