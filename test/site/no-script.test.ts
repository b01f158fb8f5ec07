/**
 * Light pages: a page without a widget ships no JavaScript at all. Only the
 * search pages and pages with an island (<astro-island>) or the page tools
 * (`data-page-tools`, only where widgets or presets are) may load scripts.
 */
import { expect, test } from 'vitest';
import { builtPages } from '../support/built-site.ts';

const isSearchPage = (doc: Document) => doc.querySelector('[data-search-results]') !== null;
/** An island, or the page tools (theme and presenter toggles), whose plain script runs where widgets run. */
const hasIsland = (doc: Document) => doc.querySelector('astro-island, [data-page-tools]') !== null;
const scriptsOf = (doc: Document) => doc.querySelectorAll('script, link[rel="modulepreload"]').length;

const pages = builtPages();

test('pages without a widget or search carry no script and no module preload', () => {
  const offenders = pages
    .filter((p) => !isSearchPage(p.doc) && !hasIsland(p.doc))
    .filter((p) => scriptsOf(p.doc) > 0)
    .map((p) => p.url);
  expect(pages.length).toBeGreaterThan(5);
  expect(offenders).toEqual([]);
});

test('no page has inline event handlers or style attributes (the CSP forbids them)', () => {
  const offenders = pages.flatMap((p) =>
    [...p.doc.querySelectorAll('*')]
      .filter((el) => el.hasAttribute('style') || [...el.attributes].some((a) => /^on[a-z]+$/i.test(a.name)))
      .map((el) => `${p.url}: <${el.tagName.toLowerCase()}>`),
  );
  expect(offenders).toEqual([]);
});

test('every page carries a Content-Security-Policy without unsafe-inline or unsafe-eval for scripts', () => {
  for (const p of pages) {
    const csp = p.doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc, p.url).toContain("'self'");
    expect(scriptSrc, p.url).not.toContain("'unsafe-inline'");
    expect(scriptSrc, p.url).not.toMatch(/'unsafe-eval'/);
    expect(csp, p.url).toContain("object-src 'none'");
  }
});

test('WebAssembly compilation is allowed on the search pages only', () => {
  for (const p of pages) {
    const csp = p.doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    expect(csp.includes("'wasm-unsafe-eval'"), p.url).toBe(isSearchPage(p.doc));
  }
});
