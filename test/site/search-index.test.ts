/**
 * Pagefind indexes the guidance only (data-pagefind-body on the article, not on
 * navigation or other pages) and keeps one index per language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { builtPages } from '../support/built-site.ts';
import { DIST } from '../support/dist.ts';

test('Pagefind built one index per language', () => {
  const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
  expect(Object.keys(entry.languages).sort()).toEqual(['en', 'sv']);
});

test('only guidance articles are marked for indexing, and nothing outside main', () => {
  for (const page of builtPages()) {
    const bodies = page.doc.querySelectorAll('[data-pagefind-body]');
    const isGuide = page.doc.querySelector('article[data-page-key]') !== null;
    expect(bodies.length, page.url).toBe(isGuide ? 1 : 0);
    for (const body of bodies) expect(body.closest('main'), page.url).not.toBeNull();
  }
});
