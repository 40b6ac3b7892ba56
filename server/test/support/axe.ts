import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/**
 * axe-core in the page: the serious and critical violations inside `selector` (the whole document when
 * omitted), one line each with the rule, its impact and the elements it found. Browser specs expect `[]`.
 */
export async function axe(page: Page, selector = 'body'): Promise<string[]> {
  // Evaluated through the debugging protocol: an injected <script> tag would (rightly) break the app's CSP.
  await page.evaluate(AXE);
  const violations = (await page.evaluate(
    `axe.run(document.querySelector(${JSON.stringify(selector)}), { resultTypes: ['violations'] }).then(r => r.violations)`,
  )) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
