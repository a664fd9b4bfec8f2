import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Where a check runs, which decides the few axe rules that are off there (every other rule is on). */
export type AxeWhere = keyof typeof AXE_RULES_OFF;

export const AXE_RULES_OFF = {
  /** A component test: jsdom has no layout (colour contrast is checked in the browsers), a component is no landmark. */
  jsdom: ['color-contrast', 'region'],
  /** A story in Chromium: a fragment of the host app's page, which owns its landmarks and its h1. */
  story: ['region', 'landmark-one-main', 'page-has-heading-one'],
  /** A whole page of the demo in Chromium (e2e): every rule. */
  page: [],
} as const satisfies Record<string, string[]>;

function rulesFor(where: AxeWhere): axe.RuleObject {
  return Object.fromEntries(AXE_RULES_OFF[where].map((id) => [id, { enabled: false }]));
}

declare global {
  interface Window {
    axe?: typeof axe;
  }
}

/** axe over `root` in this realm (jsdom, or the story's browser). The whole document by default, so dialogs in portals count. */
export async function inDocument(root: Document | Element = document, where: AxeWhere = 'jsdom'): Promise<axe.Result[]> {
  return (await axe.run(root as Element, { rules: rulesFor(where), resultTypes: ['violations'] })).violations;
}

/**
 * axe over a Playwright page's whole document as the browser renders it. The demo's CSP refuses
 * inline scripts, so `addScriptTag` cannot carry axe in: it is evaluated through the DevTools
 * protocol instead, which CSP does not govern.
 */
export async function inPage(page: Page, where: AxeWhere = 'page'): Promise<axe.Result[]> {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(axe.source);
  return page.evaluate(async (rules) => (await window.axe!.run(document, { rules, resultTypes: ['violations'] })).violations, rulesFor(where));
}

function describe(violation: axe.Result): string {
  const nodes = violation.nodes.map((n) => `    ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`);
  return `${violation.id} (${violation.impact}): ${violation.help}\n${nodes.join('\n')}`;
}

// Not by `evaluate`: a Document has one too (XPath).
const isPage = (target: unknown): target is Page => typeof (target as Page | undefined)?.goto === 'function';

/**
 * The one accessibility check of every test: axe over a jsdom document or element (component
 * tests), the story's document (`where: 'story'`, .storybook/vitest.setup.ts) or a Playwright
 * page (e2e), failing with each violation and its elements.
 */
export async function expectNoAxeViolations(target: Document | Element | Page = document, options: { what?: string; where?: AxeWhere } = {}) {
  const violations = isPage(target) ? await inPage(target, options.where) : await inDocument(target, options.where);
  expect(violations.map(describe), `axe on ${options.what ?? 'the document'}`).toEqual([]);
}
