/**
 * Every page names its language, title, description and canonical address, and
 * every page in one language has its pair in the other, linked both ways with
 * hreflang (plus x-default → Swedish), each link resolving to a built page.
 */
import { describe, expect, test } from 'vitest';
import { isEmbedPath } from '../../src/routing/embed-pages.ts';
import { isNotFoundUrl } from '../../src/routing/not-found.ts';
import { builtPages, languagePages, pageByUrl, siteOrigin } from '../support/built-site.ts';

const origin = siteOrigin();
const pages = languagePages();
const localPath = (href: string) => {
  const url = new URL(href);
  expect(url.origin).toBe(origin);
  return url.pathname;
};
const hreflangs = (doc: Document) =>
  Object.fromEntries(
    [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
  ) as Record<string, string>;

test('the build has pages in both languages', () => {
  expect(pages.filter((p) => p.doc.documentElement.lang === 'sv').length).toBeGreaterThan(2);
  expect(pages.filter((p) => p.doc.documentElement.lang === 'en').length).toBeGreaterThan(2);
});

describe.each(builtPages().map((p) => [p.url, p] as const))('%s', (url, page) => {
  const { doc } = page;

  test('has lang, title and meta description', () => {
    expect(['sv', 'en']).toContain(doc.documentElement.getAttribute('lang'));
    expect(doc.title.trim().length).toBeGreaterThan(3);
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.trim().length ?? 0).toBeGreaterThan(20);
    expect(doc.querySelectorAll('main').length).toBe(1);
  });

  // The 404 pages (bilingual and one per language) have no canonical address or pair.
  if (isNotFoundUrl(url)) return;

  test('has an absolute canonical link to itself', () => {
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    expect(canonical).toBeTruthy();
    // An embed page (a widget alone, for other sites) names the guidance page that holds it in full: the page it links back to.
    const own = isEmbedPath(url) ? doc.querySelector('a[data-embed-back]')?.getAttribute('href') : url;
    if (isEmbedPath(url)) expect(own).toMatch(/^\/(sv|en)\/[^/]+\/$/);
    expect(localPath(canonical!)).toBe(own);
  });

  if (url === '/') return;

  test('its language is the first segment of its URL', () => {
    expect(url.split('/')[1]).toBe(doc.documentElement.lang);
  });

  test('has hreflang sv, en and x-default that resolve, are paired both ways, and x-default is Swedish', () => {
    const links = hreflangs(doc);
    expect(Object.keys(links).sort()).toEqual(['en', 'sv', 'x-default']);
    const own = doc.documentElement.lang;
    expect(localPath(links[own]!)).toBe(url);
    expect(links['x-default']).toBe(links['sv']);
    for (const lang of ['sv', 'en']) {
      const target = pageByUrl(localPath(links[lang]!));
      expect(target, `${lang} alternate of ${url}`).toBeDefined();
      expect(target!.doc.documentElement.lang).toBe(lang);
      // The pair points back to this page.
      expect(localPath(hreflangs(target!.doc)[own]!)).toBe(url);
    }
  });

  test('the language switch links to the paired page, marked with hreflang and lang', () => {
    const other = doc.documentElement.lang === 'sv' ? 'en' : 'sv';
    const link = doc.querySelector('a[data-lang-switch]');
    expect(link?.getAttribute('hreflang')).toBe(other);
    expect(link?.getAttribute('lang')).toBe(other);
    expect(link?.getAttribute('href')).toBe(localPath(hreflangs(doc)[other]!));
  });
});

test('the 404 page speaks both languages and links to both start pages', () => {
  const page = pageByUrl('/404.html');
  expect(page).toBeDefined();
  expect(page!.doc.querySelector('[lang="en"]')).not.toBeNull();
  const hrefs = [...page!.doc.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
  expect(hrefs).toEqual(expect.arrayContaining(['/sv/', '/en/']));
  expect(page!.doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
});

test('the start page offers Swedish and English without script, Swedish first', () => {
  const page = pageByUrl('/')!;
  expect(page.doc.querySelector('meta[http-equiv="refresh"]')).toBeNull();
  const hrefs = [...page.doc.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
  expect(hrefs.slice(0, 2)).toEqual(['/sv/', '/en/']);
});
