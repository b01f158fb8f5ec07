/**
 * A phone's first screen (375 × 667 CSS px): on every page a reader can land
 * on, in both languages and widget pages included, the page's own heading
 * (main h1) lies wholly inside the first screen, and the first paragraph after
 * it starts there; the header's menu is closed until asked for. Also the menu
 * opens on demand without script (a <details> with a real summary).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, type Browser } from '../setup/browser.ts';
import { allPagePaths } from '../setup/site-pages.ts';

const PHONE = { width: 375, height: 667 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser.close());

// The start page `/` only chooses a language; every other page has a main h1.
const paths = allPagePaths().filter((p) => p !== '/');

test('both languages and widget pages are among the pages', () => {
  expect(paths.some((p) => p.startsWith('/sv/'))).toBe(true);
  expect(paths.some((p) => p.startsWith('/en/'))).toBe(true);
  expect(paths).toContain('/sv/workshop/');
});

test.each(paths)('%s: at 375 × 667 the h1 is inside the first screen', async (path) => {
  const { page } = await browser.newPage();
  await page.setViewportSize(PHONE);
  await page.goto(`${browser.baseURL}${path}`);
  const box = await page.locator('main h1').boundingBox();
  expect(box, 'main h1').not.toBeNull();
  expect(box!.y, 'h1 top').toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, 'h1 bottom').toBeLessThanOrEqual(PHONE.height);
  // The text starts on the first screen too (its first paragraph after the heading, where there is one).
  const para = page.locator('main h1 ~ p, main h1 ~ * p').first();
  if ((await para.count()) > 0) {
    const p = await para.boundingBox();
    if (p) expect(p.y, 'first paragraph top').toBeLessThan(PHONE.height);
  }
  await page.close();
});

test('the header menu is a <details> that opens by keyboard without script', async () => {
  const { page } = await browser.newPage();
  await page.setViewportSize(PHONE);
  await page.goto(`${browser.baseURL}/sv/`);
  const menu = page.locator('.site-header .site-menu details');
  expect(await menu.getAttribute('open')).toBeNull();
  await menu.locator('summary').focus();
  await page.keyboard.press('Enter');
  expect(await menu.getAttribute('open')).not.toBeNull();
  expect(await menu.locator('a[href="/sv/"]').first().isVisible()).toBe(true);
  await page.close();
});
