/**
 * Every page a reader can land on, in light and dark colour schemes: axe finds
 * no WCAG 2.2 A/AA violation, the console stays clean (a CSP violation is a
 * console error), and at 320 CSS px nothing scrolls sideways.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, type Browser } from './setup/browser.ts';
import { allPagePaths } from './setup/site-pages.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser.close());

const paths = allPagePaths();

test('there are pages to visit', () => {
  expect(paths.length).toBeGreaterThan(5);
});

describe.each(['light', 'dark'] as const)('%s', (colorScheme) => {
  test.each(paths)('%s: axe finds no violations and the console stays clean', async (path) => {
    const { page, errors } = await browser.newPage({ colorScheme });
    await page.goto(`${browser.baseURL}${path}`, { waitUntil: 'load' });
    const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    const violations = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

test.each(paths)('%s reflows at 320 CSS px without sideways scrolling', async (path) => {
  const { page } = await browser.newPage();
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`${browser.baseURL}${path}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.close();
});
