/**
 * The extra search words (src/components/search/search-terms.ts) reach the
 * index: every page key they name is a built guidance page in both languages
 * (a renamed page would otherwise lose its words silently), and each such page
 * carries them inside its Pagefind body as a hidden element with no text,
 * weighted, starting with the mark the search page cuts excerpts at.
 */
import { expect, test } from 'vitest';
import { SEARCH_TERMS } from '../../src/components/search/search-terms.ts';
import { TERMS_MARK } from '../../src/components/search/terms-mark.ts';
import { builtPages } from '../support/built-site.ts';

const pages = builtPages();
const pageWith = (key: string, lang: string) =>
  pages.find((p) => p.doc.documentElement.lang === lang && p.doc.querySelector(`article[data-page-key="${key}"]`) !== null);

test.each(Object.keys(SEARCH_TERMS).flatMap((key) => (['sv', 'en'] as const).map((lang) => [key, lang] as const)))(
  '%s (%s) carries its search words in its indexed article',
  (key, lang) => {
    const page = pageWith(key, lang);
    expect(page, `built ${lang} page with key ${key}`).toBeDefined();
    const holder = page!.doc.querySelector('[data-pagefind-body] [data-search-terms]');
    expect(holder).not.toBeNull();
    expect(holder!.getAttribute('data-pagefind-index-attrs')).toBe('data-search-terms');
    expect(holder!.textContent).toBe('');
    expect(holder!.closest('[hidden]')).not.toBeNull();
    expect(holder!.closest('[data-pagefind-weight]')).not.toBeNull();
    const words = holder!.getAttribute('data-search-terms') ?? '';
    expect(words.startsWith(TERMS_MARK)).toBe(true);
    for (const term of SEARCH_TERMS[key]![lang]) expect(words).toContain(term);
  },
);
