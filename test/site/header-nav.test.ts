/**
 * Every page's header carries the main navigation to the self-check and the
 * workshop pages in the page's own language (issue 16: they used to be in the
 * footer only), and the header's menu is a <details> with a real summary.
 */
import { expect, test } from 'vitest';
import { EXTRA_PAGES } from '../../src/routing/extra-pages.ts';
import { builtPages } from '../support/built-site.ts';

const urlOf = (key: string, lang: 'sv' | 'en') => `/${lang}/${EXTRA_PAGES.find((p) => p.key === key)!.slugs[lang]}/`;

const pages = builtPages().filter((p) => p.doc.querySelector('header.site-header') !== null);

test('the pages with the site header include both languages', () => {
  const langs = new Set(pages.map((p) => p.doc.documentElement.lang));
  expect([...langs].sort()).toEqual(['en', 'sv']);
  expect(pages.length).toBeGreaterThan(20);
});

test.each(pages.map((p) => [p.url, p] as const))('%s: the header links to the self-check and the workshop', (_url, page) => {
  const lang = page.doc.documentElement.lang as 'sv' | 'en';
  const nav = page.doc.querySelector('header.site-header nav.main-nav');
  expect(nav?.getAttribute('aria-label'), 'main navigation has a name').toBeTruthy();
  const hrefs = [...(nav?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
  expect(hrefs).toContain(urlOf('self-check', lang));
  expect(hrefs).toContain(urlOf('workshop', lang));
  const summary = page.doc.querySelector('header.site-header details > summary');
  expect(summary?.textContent?.trim(), 'menu summary').toBeTruthy();
});
