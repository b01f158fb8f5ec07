/**
 * The search query list (search-queries.ts): each query, typed into the real
 * search page of its language, finds its page first. At least 20 Swedish and
 * 10 English queries, with compounds, inflections, synonyms and misspellings;
 * the excerpt shown under the hit is the page's own text, never its list of
 * extra search words.
 * Page keys are turned into URLs from the build (article[data-page-key]).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages } from '../../support/built-site.ts';
import { launch, type Browser } from '../setup/browser.ts';
import { searchTermsFor } from '../../../src/components/search/search-terms.ts';
import { TERMS_MARK } from '../../../src/components/search/terms-mark.ts';
import { QUERIES } from './search-queries.ts';

const SEARCH = { sv: '/sv/sok/', en: '/en/search/' } as const;

function guideUrl(key: string, lang: string): string {
  const page = builtPages().find(
    (p) => p.doc.documentElement.lang === lang && p.doc.querySelector(`article[data-page-key="${key}"]`) !== null,
  );
  if (!page) throw new Error(`No built ${lang} page with key ${key}`);
  return page.url;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser.close());

test('the list has at least 20 Swedish and 10 English queries, with every kind of query among the Swedish ones', () => {
  expect(QUERIES.sv.length).toBeGreaterThanOrEqual(20);
  expect(QUERIES.en.length).toBeGreaterThanOrEqual(10);
  const kinds = new Set(QUERIES.sv.map((q) => q.kind));
  for (const kind of ['inflection', 'compound', 'part', 'synonym', 'misspelling'] as const) expect(kinds).toContain(kind);
});

describe.each(['sv', 'en'] as const)('%s', (lang) => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await browser.newPage());
  });
  afterAll(async () => page.close());

  test.each(QUERIES[lang].map((q) => [q.q, q] as const))('"%s" finds its page first', async (_q, query) => {
    await page.goto(`${browser.baseURL}${SEARCH[lang]}?q=${encodeURIComponent(query.q)}`);
    const results = page.locator(`[data-search-results][data-search-state="done"], [data-search-results][data-search-state="failed"]`);
    await results.waitFor({ state: 'attached' });
    expect(await page.locator('[data-search-results]').getAttribute('data-search-state')).toBe('done');
    const first = await page.locator('[data-search-list] a').first().getAttribute('href');
    expect(first, `${query.kind}: first hit`).toBe(guideUrl(query.first, lang));
    const excerpt = (await page.locator('[data-search-list] li').first().locator('p').textContent()) ?? '';
    expect(excerpt).not.toContain(TERMS_MARK);
    const terms = searchTermsFor(query.first, lang);
    if (terms.length > 1) expect(excerpt).not.toContain(terms.slice(0, 2).join(', '));
    expect(errors).toEqual([]);
  });
});
