/**
 * No number from src/rules is typed by hand into the guidance: the MDX prose
 * (and the titles and descriptions, which cannot hold a <Param>) must render
 * every such number from the parameters, so text and widgets cannot disagree.
 */
import { describe, expect, test } from 'vitest';
import { parameters } from '../../../src/rules/params/index.ts';
import { CONTENT_LOCALES, readContent } from '../../site/content/content-files.ts';
import { forbiddenFrom, proseOf, typedNumbers } from './typed-numbers.ts';

const forbidden = forbiddenFrom(parameters);
const found = (text: string) => typedNumbers(text, forbidden).map((hit) => hit.found);

describe('the forbidden set comes from the parameters', () => {
  test('holds every current numeric value, list length and date year', () => {
    for (const n of [4, 2, 3, 6, 50, 2023, 20_000, 22_000, 10, 1, 27, 30, 38]) {
      expect(forbidden.numbers.has(n), String(n)).toBe(true);
    }
  });
  test('holds the number words of small values in both languages', () => {
    for (const w of ['fyra', 'four', 'två', 'two', 'tre', 'three', 'sex', 'six', 'tio', 'ten', 'femtio', 'fifty', 'hälften', 'half']) {
      expect(forbidden.words.has(w), w).toBe(true);
    }
    expect(forbidden.words.has('en')).toBe(false);
  });
});

describe('the scanner', () => {
  test('finds typed numbers in any grouping and as words', () => {
    expect(found('Minst fyra deltagare, 22 000 kr, 22\u00a0000 kr, SEK 20,000, 50 % och Four')).toEqual([
      '22 000',
      '22\u00a0000',
      '20,000',
      '50',
      'fyra',
      'Four',
    ]);
    expect(found('Sedan 2023 gäller tre-årsregeln')).toEqual(['2023', 'tre-årsregeln']);
  });
  test('leaves components, imports, link targets and other numbers alone', () => {
    const body = [
      "import Param from '../../src/components/Param.astro';",
      'Minst <Param name="minParticipants" words /> deltagare.',
      '<WorkedExample participants={10} rate="flatRateRestOfWorld" />',
      'Se [sidan](/sv/2023/). Sju dagar, 12 personer.',
    ].join('\n');
    expect(found(proseOf(body))).toEqual([]);
  });
});

describe.each(CONTENT_LOCALES)('content/%s', (locale) => {
  test.each(readContent(locale).map((page) => [page.name, page] as const))('%s.mdx types no rule number', (_name, page) => {
    const fields = ['title', 'description', 'navTitle'].map((field) => String(page.frontmatter[field] ?? ''));
    const hits = typedNumbers([...fields, proseOf(page.body)].join('\n'), forbidden);
    expect(hits).toEqual([]);
  });
});
