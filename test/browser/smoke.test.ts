import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, type Browser } from './setup/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser.close());

test('the start page loads in Chromium and links to both languages', async () => {
  const { page, errors } = await browser.newPage();
  await page.goto(`${browser.baseURL}/`);
  expect(await page.locator('a[href="/sv/"]').count()).toBe(1);
  expect(await page.locator('a[href="/en/"]').count()).toBe(1);
  expect(errors).toEqual([]);
});
