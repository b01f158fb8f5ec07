/**
 * The calculator's flat rates by period (page-data.ts): for any day, the rates
 * the fields show are the rates the rules module has in force that day, and a
 * day with none gets none.
 */
import { describe, expect, test } from 'vitest';
import { coFinancingPageData } from '../../../src/components/widgets/co-financing/page-data.ts';
import { ratesFor } from '../../../src/islands/co-financing/rate-periods.ts';
import { valueOn } from '../../../src/rules/parameter.ts';
import { flatRateEuropeOutsideEuEea, flatRateRestOfWorld } from '../../../src/rules/params/financing.ts';

const DAYS = ['1999-01-01', '2022-12-31', '2023-01-01', '2025-12-31', '2026-01-01', '2026-11-22', '2030-06-01'];

describe.each(['sv', 'en'] as const)('rates by period (%s)', (locale) => {
  const data = coFinancingPageData(locale);

  test.each(DAYS)('%s: the rates of the rules module, or none', (day) => {
    const europe = valueOn(flatRateEuropeOutsideEuEea, day);
    const rest = valueOn(flatRateRestOfWorld, day);
    const rates = ratesFor(data, day);
    if (!europe || !rest) expect(rates).toBeNull();
    else expect(rates?.ore).toEqual({ 'rate-europe': europe.value * 100, 'rate-rest': rest.value * 100 });
  });

  test('periods are in order and the data has at least one day with rates', () => {
    const froms = data.periods.map((p) => p.from);
    expect(froms).toEqual([...froms].sort());
    expect(data.periods.some((p) => p.rates !== null)).toBe(true);
  });
});
