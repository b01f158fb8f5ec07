import { describe, expect, test } from 'vitest';
import { buildRoutes, parseEntryId } from './build-routes.ts';
import type { ExtraPage } from './extra-pages.ts';
import { alternates, localizedUrl, neighbours, readingOrder } from './queries.ts';

const entry = (id: string, key: string, order: number, navTitle?: string) => ({
  id,
  data: { key, title: `Title of ${id}`, order, ...(navTitle ? { navTitle } : {}) },
});
const extras: ExtraPage[] = [
  { key: 'search', slugs: { sv: 'sok', en: 'search' }, titles: { sv: 'Sök', en: 'Search' }, linkedFrom: 'none' },
];
const routes = buildRoutes(
  [
    entry('sv/ekonomi-och-schabloner', 'economy', 2, 'Ekonomi'),
    entry('sv/index', 'overview', 1),
    entry('en', 'overview', 1),
    entry('en/economy-and-flat-rates', 'economy', 2),
    entry('sv/ordlista', 'glossary', 3),
    entry('en/glossary', 'glossary', 3),
  ],
  extras,
);

describe('parseEntryId', () => {
  test.each([
    ['sv/index', 'sv', ''],
    ['sv', 'sv', ''],
    ['en/economy-and-flat-rates', 'en', 'economy-and-flat-rates'],
  ])('%s', (id, locale, slug) => expect(parseEntryId(id)).toEqual({ locale, slug }));

  test.each(['de/foo', 'sv/a/b', 'foo'])('rejects %s', (id) => expect(() => parseEntryId(id)).toThrow());
});

test('URLs follow /<lang>/<name>/ and the start page is /<lang>/', () => {
  expect(routes.map((r) => r.url).sort()).toEqual(
    ['/en/', '/en/economy-and-flat-rates/', '/en/glossary/', '/en/search/', '/sv/', '/sv/ekonomi-och-schabloner/', '/sv/ordlista/', '/sv/sok/'].sort(),
  );
});

test('reading order follows `order`, navigation uses navTitle when given', () => {
  expect(readingOrder(routes, 'sv').map((r) => [r.key, r.navTitle])).toEqual([
    ['overview', 'Title of sv/index'],
    ['economy', 'Ekonomi'],
    ['glossary', 'Title of sv/ordlista'],
  ]);
});

test('previous and next stay within one language and the guidance', () => {
  const economy = routes.find((r) => r.key === 'economy' && r.locale === 'sv')!;
  const { previous, next } = neighbours(routes, economy);
  expect(previous?.url).toBe('/sv/');
  expect(next?.url).toBe('/sv/ordlista/');
  const first = routes.find((r) => r.key === 'overview' && r.locale === 'en')!;
  expect(neighbours(routes, first).previous).toBeUndefined();
  const search = routes.find((r) => r.key === 'search' && r.locale === 'sv')!;
  expect(neighbours(routes, search)).toEqual({});
});

test('alternates pair pages by key, x-default is the Swedish page', () => {
  expect(alternates(routes, 'economy')).toEqual([
    { hreflang: 'sv', url: '/sv/ekonomi-och-schabloner/' },
    { hreflang: 'en', url: '/en/economy-and-flat-rates/' },
    { hreflang: 'x-default', url: '/sv/ekonomi-och-schabloner/' },
  ]);
  expect(alternates(routes, 'search').map((a) => a.url)).toEqual(['/sv/sok/', '/en/search/', '/sv/sok/']);
});

test('a page missing in one language falls back to that language’s start page', () => {
  // The build refuses unpaired guidance pages (below); the queries still answer safely for any route list.
  const withoutEnglishGlossary = routes.filter((r) => !(r.key === 'glossary' && r.locale === 'en'));
  expect(localizedUrl(withoutEnglishGlossary, 'glossary', 'en')).toBe('/en/');
  expect(alternates(withoutEnglishGlossary, 'glossary').map((a) => a.hreflang)).toEqual(['sv', 'x-default']);
});

test('a guidance page without its pair in the other language fails the build, naming the file', () => {
  const unpaired = { ...entry('sv/ordlista', 'glossary', 3), filePath: 'content/sv/ordlista.mdx' };
  expect(() => buildRoutes([entry('sv/index', 'overview', 1), entry('en', 'overview', 1), unpaired], extras)).toThrow(
    /content\/sv\/ordlista\.mdx \(key "glossary"\) has no English pair/,
  );
});

test('two pages on one key in one language, or on one URL, fail the build', () => {
  expect(() =>
    buildRoutes([entry('sv/a', 'same', 1), entry('sv/b', 'same', 2), entry('en/a', 'same', 1)], []),
  ).toThrow(/key in one language/);
  expect(() => buildRoutes([entry('sv/sok', 'other', 1), entry('en/other', 'other', 1)], extras)).toThrow(/URL/);
});
