/**
 * Every seed statement stands on the Swedish page the checklist names: each of
 * its key phrases occurs in the built page's text, with parameters rendered as
 * <Param> renders them. Reads the built site (test/support/dist.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST } from '../../support/dist.ts';
import { pageKey, readContent } from './content-files.ts';
import { expandPhrase } from './expand-phrase.ts';
import { foldSpace, pageText } from './page-text.ts';
import { SEED_CHECKLIST, type Statement } from './seed-statements.ts';

const svPages = new Map(readContent('sv').map((page) => [pageKey(page), page]));
const textCache = new Map<string, string>();
function textOf(key: string): string {
  const page = svPages.get(key);
  if (!page) throw new Error(`no Swedish content page with key ${key}`);
  const cached = textCache.get(key);
  if (cached !== undefined) return cached;
  const file = join(DIST, page.url, 'index.html');
  if (!existsSync(file)) throw new Error(`${file} is not built (run the build first)`);
  const text = pageText(readFileSync(file, 'utf8'));
  textCache.set(key, text);
  return text;
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
