import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe-core over `root` (default: the whole document, so Radix dialogs in portals count)
 * and fails listing each violation. jsdom has no layout, so colour contrast is checked in the
 * browser tests, not here.
 */
export async function expectNoAxeViolations(root: Element | Document = document) {
  const result = await axe.run(root as Element, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
  const problems = result.violations.map((v) => `${v.id}: ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(problems).toEqual([]);
}
