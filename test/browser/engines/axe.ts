/**
 * axe-core in any engine: its own source from node_modules, run in the page
 * through the driver (so Chromium, Firefox and WebKit are checked alike;
 * @axe-core/playwright would cover Chromium only). WCAG 2.2 AA, the same
 * rule sets as the Chromium-only tests.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Driver } from '../driver/index.ts';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The violations on the page as `rule: targets`, or [] when there are none. */
export async function axeViolations(page: Driver): Promise<string[]> {
  await page.addScript(source);
  return page.evaluate<string[]>(`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} } })
    .then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`);
}
