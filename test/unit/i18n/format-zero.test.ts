/**
 * Issue 11: "-0 can be shown". A reader who types `-0` (or a sum that comes out
 * as -0) must see 0, in every number format the widgets use.
 */
import { describe, expect, test } from 'vitest';
import { formatNumber, formatOre, formatPercent, formatSek } from '../../../src/i18n/format.ts';
import type { Locale } from '../../../src/i18n/locales.ts';

const LOCALES: Locale[] = ['sv', 'en'];
const MINUS = /[-\u2212]/;

describe.each(LOCALES)('no minus sign on zero (%s)', (locale) => {
  test.each([
    ['formatNumber', () => formatNumber(-0, locale, 2)],
    ['formatPercent', () => formatPercent(-0, locale)],
    ['formatSek', () => formatSek(-0, locale)],
    ['formatOre', () => formatOre(-0, locale)],
  ])('%s(-0)', (_name, format) => {
    expect(format()).not.toMatch(MINUS);
    expect(format()).toMatch(/0/);
  });

  test('a real negative number keeps its sign (the guard only touches zero)', () => {
    expect(formatNumber(-1, locale)).toMatch(MINUS);
  });
});
