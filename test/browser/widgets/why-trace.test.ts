/**
 * "Varför? / Why?" (issue 14): every widget's result lists the rules behind
 * it — one entry per finding, in the check's order, each with its source —
 * and names the rules' version (/rules.json's rulesVersion) and the day they
 * were applied on; in print the list is there, open. Each widget opened with
 * its first workshop preset, in both languages. Assertions read rule keys and
 * attributes, never wording.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { presets, type Preset } from '../../../src/components/workshop/presets.ts';
import { DIST } from '../../support/dist.ts';
import { launch, type Browser } from '../setup/browser.ts';

const PAGES = {
  sv: { 'project-type-quiz': '/sv/nytt-projekt-eller-fordjupning/', 'partner-checker': '/sv/projektets-uppbyggnad/', 'co-financing': '/sv/ekonomi-och-schabloner/' },
  en: { 'project-type-quiz': '/en/new-or-deepening-project/', 'partner-checker': '/en/project-structure/', 'co-financing': '/en/economy-and-flat-rates/' },
} as const;
const WIDGETS: readonly Preset['widget'][] = ['project-type-quiz', 'partner-checker', 'co-financing'];
const RULES_VERSION = (JSON.parse(readFileSync(join(DIST, 'rules.json'), 'utf8')) as { rulesVersion: string }).rulesVersion;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser.close());

describe.each(['sv', 'en'] as const)('the why of every result (%s)', (lang) => {
  test.each(WIDGETS)('%s', async (widget) => {
    const preset = presets(lang).find((p) => p.widget === widget)!;
    const { page, errors } = await browser.newPage();
    await page.goto(`${browser.baseURL}${PAGES[lang][widget]}${preset.search}`);
    const root = `[data-widget="${widget}"]`;
    await page.locator(root).scrollIntoViewIfNeeded();
    await page.locator(`${root} [data-verdict]`).waitFor();
    const findings = await page.locator(`${root} [data-verdict] [data-rule]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
    const traced = await page.locator(`${root} [data-why] [data-why-rule]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-why-rule')));
    // Every finding that rests on a text is traced, in the same order (a procedural one may have none).
    expect(traced.length).toBeGreaterThan(0);
    expect(traced).toEqual(findings.filter((rule) => traced.includes(rule)));
    const version = page.locator(`${root} [data-why] [data-rules-version]`);
    expect(await version.getAttribute('data-rules-version')).toBe(RULES_VERSION);
    expect(await version.getAttribute('data-as-of')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Each traced rule names its source and links to its entry on the rules page.
    for (const rule of traced) {
      const href = await page.locator(`${root} [data-why-rule="${rule}"] a`).first().getAttribute('href');
      expect(href).toMatch(new RegExp(`#rule-${rule!.replace(/\./g, '\\.')}$`));
    }
    // Printed open: the first traced rule's text is visible in print without opening the disclosure.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator(`${root} [data-why] [data-why-rule]`).first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
