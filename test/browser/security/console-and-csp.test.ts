/**
 * Every page of the built sitemap (and the 404 page), loaded in Chromium with
 * its widgets hydrated and, on the search pages, a query run through Pagefind:
 * no console error, no uncaught exception, no Content-Security-Policy
 * violation. The policy is the per-page <meta> Astro writes; a violation means
 * something the page needs is blocked, or something unexpected tried to run.
 * (Accessibility of the same pages is checked by the axe test.)
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, type Browser } from '../setup/browser.ts';
import { CSP_RECORDER, cspViolations, searchQueryFor, settle, sitePaths, until } from './page-visit.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  await browser.context.addInitScript({ content: CSP_RECORDER });
});
afterAll(async () => browser?.close());

const paths = sitePaths();

test('the sitemap gives pages to visit', () => {
  expect(paths.length).toBeGreaterThan(5);
});

test.each(paths)('%s: no console error and no CSP violation', async (path) => {
  const { page, errors } = await browser.newPage();
  try {
    const query = searchQueryFor(path);
    const response = await page.goto(`${browser.baseURL}${path}${query ? `?q=${encodeURIComponent(query)}` : ''}`);
    expect(response?.status()).toBe(200);
    const hydrated = await settle(page);
    // The result list fills once Pagefind (and its WebAssembly) has run.
    const searched = query === undefined || (await until(page, 'document.querySelector("[data-search-list] li") !== null'));
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(hydrated, 'every island hydrated').toBe(true);
    expect(searched, 'the search listed results').toBe(true);
  } finally {
    await page.close();
  }
});
