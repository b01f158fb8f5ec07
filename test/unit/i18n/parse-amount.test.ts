import { describe, expect, test } from 'vitest';
import { parseAmountToOre } from '../../../src/i18n/parse-amount.ts';

describe('parseAmountToOre', () => {
  test.each([
    ['220000', 22_000_000],
    ['220 000', 22_000_000],
    ['220\u00a0000', 22_000_000],
    ['220\u202f000', 22_000_000],
    ['220 000,50', 22_000_050],
    ['220000 kr', 22_000_000],
    ['220 000 kr', 22_000_000],
    ['1 500,50', 150_050],
    ['1500.50', 150_050],
    ['1 500,5', 150_050],
    ['SEK 220,000', 22_000_000],
    ['SEK 1,500,000.50', 150_000_050],
    ['220 000 kronor', 22_000_000],
    ['0', 0],
    // a comma before exactly three digits is English grouping, not decimals
    ['12,345', 1_234_500],
    ['  42  ', 4_200],
  ])('%j → %d öre', (input, ore) => {
    expect(parseAmountToOre(input)).toBe(ore);
  });

  test.each(['', '   ', 'abc', '-500', '1,5,0', '1.234', '1e5', '1e308', '<script>', 'kr', '9'.repeat(30), 'NaN', 'Infinity'])(
    '%j is not an amount',
    (input) => {
      expect(parseAmountToOre(input)).toBeNull();
    },
  );
});
