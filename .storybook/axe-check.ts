import axe from 'axe-core';

const PAGE_LEVEL_RULES_OFF = { region: { enabled: false }, 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false } };

/**
 * Runs axe-core over the whole document (dialogs in portals count) and throws, listing each
 * violation. In a real browser, so colour contrast is checked too. The page-level rules are off
 * (`region`, `landmark-one-main`, `page-has-heading-one`): a story is a fragment of the host
 * app's page, which owns its landmarks and its h1.
 */
export async function expectNoAxeViolations(root: Document | Element = document): Promise<void> {
  const result = await axe.run(root as Element, { rules: PAGE_LEVEL_RULES_OFF, resultTypes: ['violations'] });
  const problems = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ').trim() ?? ''}`).join('\n')}`,
  );
  if (problems.length > 0) throw new Error(`axe found ${problems.length} violation(s):\n  ${problems.join('\n  ')}`);
}
