/**
 * Every seed statement stands on the Swedish page the checklist names: each of
 * its key phrases occurs in the built page's text, with parameters rendered as
 * <Param> renders them. Reads the built site (test/support/dist.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../support/built-site.ts';
import { DIST } from '../../support/dist.ts';
import { pageKey, readContent } from './content-files.ts';
import { expandPhrase } from './expand-phrase.ts';
import { foldSpace, pageText } from './page-text.ts';
import { SEED_CHECKLIST, type Statement } from './seed-statements.ts';
import { SEED_CHECKLIST_EN } from './seed-statements-en.ts';

const contentPages = {
  sv: new Map(readContent('sv').map((page) => [pageKey(page), page])),
  en: new Map(readContent('en').map((page) => [pageKey(page), page])),
};
const htmlCache = new Map<string, string>();
function htmlOf(key: string, locale: 'sv' | 'en' = 'sv'): string {
  const page = contentPages[locale].get(key);
  if (!page) throw new Error(`no ${locale} content page with key ${key}`);
  const cached = htmlCache.get(page.url);
  if (cached !== undefined) return cached;
  const file = join(DIST, page.url, 'index.html');
  if (!existsSync(file)) throw new Error(`${file} is not built (run the build first)`);
  const html = readFileSync(file, 'utf8');
  htmlCache.set(page.url, html);
  return html;
}
const textOf = (key: string, locale: 'sv' | 'en' = 'sv'): string => pageText(htmlOf(key, locale));

/** The page's text inside the blocks labelled as our reading, and the rest of it. */
function readingsOf(key: string, locale: 'sv' | 'en' = 'sv'): { inside: string; outside: string } {
  const doc = parseHtml(htmlOf(key, locale));
  const blocks = [...doc.querySelectorAll('main [data-reading]')];
  const inside = blocks.map((b) => pageText(`<main>${b.outerHTML}</main>`)).join(' ');
  for (const b of blocks) b.remove();
  return { inside, outside: pageText(doc.documentElement.outerHTML) };
}

const statements = SEED_CHECKLIST.filter((entry): entry is Statement => entry.kind !== 'not-a-statement');

describe('seed statements on their Swedish pages', () => {
  test('the checklist holds statements', () => {
    expect(statements.length).toBeGreaterThan(50);
  });

  test.each(statements.map((entry) => [`${entry.seed}: ${entry.text}`, entry] as const))('%s', (_name, entry) => {
    const text = textOf(entry.page);
    for (const phrase of entry.phrases) {
      expect(text, `on page ${entry.page}`).toContain(foldSpace(expandPhrase(phrase)));
    }
  });
});

const read = statements.filter((entry) => entry.readings !== undefined);

describe('where the site reads beyond a seed sentence, the seed’s words stand and the reading is labelled', () => {
  test('the checklist names readings', () => {
    expect(read.length).toBeGreaterThan(2);
  });

  test.each(read.map((entry) => [`${entry.seed}: ${entry.text}`, entry] as const))('%s', (_name, entry) => {
    const { inside, outside } = readingsOf(entry.page);
    for (const phrase of entry.phrases) expect(outside, `seed words outside any reading on ${entry.page}`).toContain(foldSpace(expandPhrase(phrase)));
    for (const phrase of entry.readings ?? []) expect(inside, `reading on ${entry.page}`).toContain(foldSpace(expandPhrase(phrase)));
  });
});

const enKey = (entry: Statement) => `${entry.seed}:${entry.text}`;

describe('the same seed statements on the English pages', () => {
  test('every statement has its English words, and no English entry is left over', () => {
    expect(statements.filter((entry) => !SEED_CHECKLIST_EN.has(enKey(entry))).map(enKey)).toEqual([]);
    const keys = new Set(statements.map(enKey));
    expect([...SEED_CHECKLIST_EN.keys()].filter((key) => !keys.has(key))).toEqual([]);
    expect(SEED_CHECKLIST_EN.size).toBe(keys.size);
  });

  test('where the Swedish page labels a reading, so does the English one', () => {
    for (const entry of statements) {
      expect(SEED_CHECKLIST_EN.get(enKey(entry))?.readings !== undefined, enKey(entry)).toBe(entry.readings !== undefined);
    }
  });

  test.each(statements.map((entry) => [`${entry.seed}: ${entry.text}`, entry] as const))('%s', (_name, entry) => {
    const english = SEED_CHECKLIST_EN.get(enKey(entry));
    if (!english) throw new Error(`no English entry for ${enKey(entry)}`);
    if (english.readings === undefined) {
      const text = textOf(entry.page, 'en');
      for (const phrase of english.phrases) expect(text, `on the English ${entry.page} page`).toContain(foldSpace(expandPhrase(phrase, 'en')));
      return;
    }
    const { inside, outside } = readingsOf(entry.page, 'en');
    for (const phrase of english.phrases) expect(outside, `seed words outside any reading, English ${entry.page}`).toContain(foldSpace(expandPhrase(phrase, 'en')));
    for (const phrase of english.readings) expect(inside, `reading on the English ${entry.page}`).toContain(foldSpace(expandPhrase(phrase, 'en')));
  });
});
