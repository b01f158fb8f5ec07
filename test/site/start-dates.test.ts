/**
 * Issue 12: dates no source gives are not shown. The 50 % rule and the flat
 * rates per participant apply "från och med 2023" and the rates are "for
 * 2026": the pages say those years, never "1 januari" of them.
 */
import { expect, test } from 'vitest';
import { builtPages } from '../support/built-site.ts';

const INVENTED_DAYS = /\b1 (januari|January) (2023|2026)\b/;

test('no built page states the first of January for a value whose source gives only the year', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(20);
  const hits = pages.filter((p) => INVENTED_DAYS.test(p.doc.body?.textContent ?? '')).map((p) => p.url);
  expect(hits).toEqual([]);
});
