/**
 * The shell in a real browser: the start pages, the language switch, and search
 * (Pagefind under the site's CSP) in each language.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages } from '../support/built-site.ts';
import { launch, type Browser } from './setup/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser.close());

/** The URL of the guidance page with `key` in `lang`, read from the build (not typed here). */
function guideUrl(key: string, lang: string): string {
  const page = builtPages().find(
    (p) => p.doc.documentElement.lang === lang && p.doc.querySelector(`article[data-page-key="${key}"]`) !== null,
  );
  if (!page) throw new Error(`No built ${lang} page with key ${key}`);
  return page.url;
}

describe.each([
  ['sv', 'en'],
  ['en', 'sv'],
])('/%s/', (lang, other) => {
  test('opens in its language, and the language switch leads to the paired page', async () => {
    const { page, errors } = await browser.newPage();
    await page.goto(`${browser.baseURL}/${lang}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await page.locator('main h1').count()).toBe(1);

    // The start page's switch leads to the other start page.
    await page.locator('a[data-lang-switch]').click();
    await page.waitForURL(`**/${other}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe(other);

    // A content page's switch leads to its pair (same key).
    await page.goto(`${browser.baseURL}${guideUrl('economy', lang)}`);
    const key = await page.locator('article[data-page-key]').getAttribute('data-page-key');
    const switchLink = page.locator('a[data-lang-switch]');
    expect(await switchLink.getAttribute('hreflang')).toBe(other);
    await switchLink.click();
    await page.waitForURL(`**${guideUrl('economy', other)}`);
    expect(await page.locator('html').getAttribute('lang')).toBe(other);
    expect(await page.locator('article[data-page-key]').getAttribute('data-page-key')).toBe(key);
    expect(errors).toEqual([]);
  });
});

async function searchFrom(lang: string, query: string) {
  const { page, errors } = await browser.newPage();
  await page.goto(`${browser.baseURL}/${lang}/`);
  // The header's field is a plain GET form: type and press Enter, keyboard only.
  await page.locator('#site-search').focus();
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\?q=/);
  const results = page.locator('[data-search-results]');
  await page.waitForFunction(() => {
    const state = document.querySelector<HTMLElement>('[data-search-results]')?.dataset['searchState'];
    return state === 'done' || state === 'failed';
  });
  expect(await results.getAttribute('data-search-state')).toBe('done');
  const hrefs = await page.locator('[data-search-list] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const status = await page.locator('[data-search-status]').getAttribute('role');
  return { page, errors, hrefs, status, count: Number(await results.getAttribute('data-result-count')) };
}

test('a Swedish search for "egenfinansieringen" finds the economy page', async () => {
  const { hrefs, errors, status, page } = await searchFrom('sv', 'egenfinansieringen');
  expect(hrefs).toContain(guideUrl('economy', 'sv'));
  expect(hrefs.every((h) => h?.startsWith('/sv/'))).toBe(true);
  expect(status).toBe('status');
  expect(await page.locator('#search-page-field').inputValue()).toBe('egenfinansieringen');
  expect(errors).toEqual([]);
});

test('an English search for the same Swedish word finds no Swedish page', async () => {
  const { hrefs, errors } = await searchFrom('en', 'egenfinansieringen');
  expect(hrefs.filter((h) => h?.startsWith('/sv/'))).toEqual([]);
  expect(errors).toEqual([]);
});

test('an English search finds English pages', async () => {
  const title = builtPages()
    .find((p) => p.url === guideUrl('economy', 'en'))!
    .doc.querySelector('h1')!.textContent!;
  const word = title.split(/\W+/).find((w) => w.length >= 5)!;
  const { hrefs, count, errors } = await searchFrom('en', word);
  expect(count).toBeGreaterThan(0);
  expect(hrefs).toContain(guideUrl('economy', 'en'));
  expect(hrefs.every((h) => h?.startsWith('/en/'))).toBe(true);
  expect(errors).toEqual([]);
});

test('a hostile query is shown as text only', async () => {
  const { page, errors } = await browser.newPage();
  const hostile = '"><img src=x id=injected><script>window.__pwned=1</script>';
  await page.goto(`${browser.baseURL}/sv/sok/?q=${encodeURIComponent(hostile)}`);
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset['searchState'] === 'done');
  expect(await page.locator('#injected').count()).toBe(0);
  expect(await page.evaluate('window.__pwned')).toBeUndefined();
  expect(await page.locator('#search-page-field').inputValue()).toBe(hostile);
  expect(errors).toEqual([]);
});

test('keyboard: the skip link comes first and leads into main; every stop shows a focus outline', async () => {
  const { page, errors } = await browser.newPage();
  await page.goto(`${browser.baseURL}${guideUrl('economy', 'sv')}`);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.classList.contains('skip-link'))).toBe(true);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);

  await page.goto(`${browser.baseURL}${guideUrl('economy', 'sv')}`);
  const unmarked: string[] = [];
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return { what: `${el.tagName} ${el.textContent?.trim().slice(0, 30)}`, outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
    });
    if (stop && !stop.outlined) unmarked.push(stop.what);
  }
  expect(unmarked).toEqual([]);
  expect(errors).toEqual([]);
});
