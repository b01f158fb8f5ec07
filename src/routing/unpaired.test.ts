import { describe, expect, test } from 'vitest';
import { assertEveryPagePaired, unpairedPages, type PairablePage } from './unpaired.ts';

const page = (locale: 'sv' | 'en', key: string): PairablePage => ({ locale, key, source: `content/${locale}/${key}.mdx` });

describe('unpairedPages', () => {
  test('pages paired by key in both languages: none unpaired', () => {
    expect(unpairedPages([page('sv', 'a'), page('en', 'a'), page('en', 'b'), page('sv', 'b')])).toEqual([]);
  });

  test('a Swedish page without an English one, and the other way round', () => {
    const found = unpairedPages([page('sv', 'a'), page('en', 'a'), page('sv', 'only-sv'), page('en', 'only-en')]);
    expect(found.map((u) => [u.page.source, u.missing])).toEqual([
      ['content/sv/only-sv.mdx', ['en']],
      ['content/en/only-en.mdx', ['sv']],
    ]);
  });

  test('pages are paired by key, not by file name', () => {
    const found = unpairedPages([
      { locale: 'sv', key: 'economy', source: 'content/sv/ekonomi.mdx' },
      { locale: 'en', key: 'economics', source: 'content/en/economy.mdx' },
    ]);
    expect(found.map((u) => u.page.key)).toEqual(['economy', 'economics']);
  });

  test('no pages: nothing to pair', () => expect(unpairedPages([])).toEqual([]));
});

test('assertEveryPagePaired names every unpaired page and what to add', () => {
  expect(() => assertEveryPagePaired([page('sv', 'a'), page('en', 'a')])).not.toThrow();
  let message = '';
  try {
    assertEveryPagePaired([page('sv', 'a'), page('en', 'a'), page('sv', 'glossary'), page('en', 'extra')]);
  } catch (error) {
    message = (error as Error).message;
  }
  expect(message).toContain('content/sv/glossary.mdx (key "glossary") has no English pair');
  expect(message).toContain('add content/en/<name>.mdx with `key: glossary`');
  expect(message).toContain('content/en/extra.mdx (key "extra") has no Swedish pair');
});
