/**
 * Every Swedish page has an English pair with the same key, order and sources,
 * and vice versa. A faithful translation keeps the structure: the same number
 * of sections, the same parameters and content components, and links that stay
 * in its own language.
 */
import { describe, expect, test } from 'vitest';
import { parameters } from '../../../src/rules/params/index.ts';
import { pageKey, readContent, type ContentPage } from '../../site/content/content-files.ts';

const sv = readContent('sv');
const en = readContent('en');
const byKey = (pages: ContentPage[]) => new Map(pages.map((page) => [pageKey(page), page]));
const svByKey = byKey(sv);
const enByKey = byKey(en);

/** Component uses: `Param:minParticipants:words`, `CountryList:euCountries`, `Secondary`… */
function componentUses(body: string): string[] {
  const uses: string[] = [];
  for (const match of body.matchAll(/<([A-Z][A-Za-z]*)\b([^<>]*?)\/?>/g)) {
    const [, component = '', attrs = ''] = match;
    if (component === 'Term') continue; // English pages add the Swedish term beside the English one
    const name = /\bname="([^"]+)"/.exec(attrs)?.[1];
    const words = /\bwords\b/.test(attrs) ? ':words' : '';
    uses.push(name === undefined ? component : `${component}:${name}${words}`);
  }
  return uses;
}
const headingLevels = (body: string) => [...body.matchAll(/^(#{2,6})\s/gm)].map((m) => m[1]?.length);

describe('pairs', () => {
  test('each language has each key once', () => {
    expect(svByKey.size).toBe(sv.length);
    expect(enByKey.size).toBe(en.length);
  });

  test('the same keys in both languages', () => {
    expect([...svByKey.keys()].sort()).toEqual([...enByKey.keys()].sort());
  });

  test('reading order runs 1…n without gaps in each language', () => {
    for (const pages of [sv, en]) {
      const orders = pages.map((page) => page.frontmatter['order']).sort((a, b) => Number(a) - Number(b));
      expect(orders).toEqual(pages.map((_, i) => i + 1));
    }
  });

  test('the overview is index.mdx in both languages', () => {
    expect(svByKey.get('overview')?.name).toBe('index');
    expect(enByKey.get('overview')?.name).toBe('index');
  });
});

describe.each([...svByKey.keys()])('pair %s', (key) => {
  const svPage = svByKey.get(key);
  const enPage = enByKey.get(key);

  test('has both pages with the same order and sources', () => {
    expect(svPage && enPage).toBeTruthy();
    expect(enPage?.frontmatter['order']).toBe(svPage?.frontmatter['order']);
    expect(enPage?.frontmatter['sources']).toEqual(svPage?.frontmatter['sources']);
  });

  test('keeps the same section structure', () => {
    expect(headingLevels(enPage?.body ?? '')).toEqual(headingLevels(svPage?.body ?? ''));
  });

  test('renders the same parameters and content components', () => {
    // Compared as sets with counts: a glossary sorts its terms by each language's alphabet.
    expect(componentUses(enPage?.body ?? '').sort()).toEqual(componentUses(svPage?.body ?? '').sort());
  });
});

describe.each([...sv, ...en].map((page) => [`${page.locale}/${page.name}`, page] as const))('%s.mdx', (_name, page) => {
  test('names only real parameters', () => {
    for (const match of page.body.matchAll(/<(?:Param|ParamYear)\b[^>]*\bname="([^"]+)"/g)) {
      expect(Object.keys(parameters), match[0]).toContain(match[1]);
    }
  });

  test('links inside the site stay in its own language', () => {
    const internal = [...page.body.matchAll(/\]\((\/[^)]*)\)|href="(\/[^"]*)"/g)].map((m) => m[1] ?? m[2] ?? '');
    for (const href of internal) expect(href, href).toMatch(new RegExp(`^/${page.locale}/`));
  });
});
