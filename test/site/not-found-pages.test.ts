/**
 * The not-found page of each language (src/pages/[lang]/404.astro), which a
 * server answers for a missing address under /sv/ or /en/: in that language
 * only, kept out of search engines, leading back to that language's start.
 */
import { expect, test } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { NOT_FOUND_URLS, notFoundUrl } from '../../src/routing/not-found.ts';
import { builtPages, pageByUrl } from '../support/built-site.ts';

test.each(LOCALES.map((locale) => [locale, notFoundUrl(locale)] as const))('%s: %s', (locale, url) => {
  const page = pageByUrl(url);
  expect(page, `${url} is built`).toBeDefined();
  const { doc } = page!;
  expect(doc.documentElement.lang).toBe(locale);
  expect(doc.querySelector('[data-not-found]')).not.toBeNull();
  expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
  // One language: no passage marked as the other one inside main.
  expect(doc.querySelector('main [lang]')).toBeNull();
  expect([...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href'))).toEqual([`/${locale}/`]);
  // Neither a canonical address nor alternates: the page stands for no address of its own.
  expect(doc.querySelector('link[rel="canonical"], link[rel="alternate"][hreflang]')).toBeNull();
});

test('every built 404 page is one the tests know of', () => {
  const built = builtPages()
    .filter((p) => p.doc.querySelector('[data-not-found]') !== null)
    .map((p) => p.url);
  expect(built.sort()).toEqual([...NOT_FOUND_URLS].sort());
});
