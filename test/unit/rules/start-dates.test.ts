/**
 * Issue 12: no page states a day no source gives. A value whose source names
 * only a year ("Från och med 2023", "general terms for 2026") is marked
 * `validFromGiven: 'year'`, and is said as that year.
 */
import { describe, expect, test } from 'vitest';
import { formatStart } from '../../../src/i18n/format.ts';
import { flatRateRestOfWorld, flatRateEuropeOutsideEuEea, flatRatesSinceYear, minOwnContributionPercent } from '../../../src/rules/params/financing.ts';

const YEAR_ONLY = { minOwnContributionPercent, flatRatesSinceYear, flatRateEuropeOutsideEuEea, flatRateRestOfWorld };

describe.each(Object.entries(YEAR_ONLY))('%s', (_name, parameter) => {
  test.each(['sv', 'en'] as const)('its start is said as a year, never a day (%s)', (locale) => {
    for (const v of parameter.values) {
      expect(v.validFromGiven).toBe('year');
      expect(v.validFrom).toMatch(/^\d{4}-01-01$/);
      expect(formatStart(v.validFrom!, locale, v.validFromGiven)).toBe(v.validFrom!.slice(0, 4));
    }
  });
});

test('a start the source gives to the day is said as that day', () => {
  expect(formatStart('2021-05-25', 'sv')).toMatch(/25 maj 2021/);
});
