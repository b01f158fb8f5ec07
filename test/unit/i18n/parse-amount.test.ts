import { describe, expect, test } from 'vitest';
import { parseAmountToOre, readAmount } from '../../../src/i18n/parse-amount.ts';

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
    ['220 000 kronor', 22_000_000],
    ['0', 0],
    ['7,12', 712],
    ['7 125', 712_500],
    ['  42  ', 4_200],
  ])('%j → %d öre', (input, ore) => {
    expect(parseAmountToOre(input)).toBe(ore);
    expect(parseAmountToOre(input, 'sv')).toBe(ore);
  });

  test.each([
    ['SEK 220,000', 22_000_000],
    ['SEK 1,500,000.50', 150_000_050],
    // on the English side a comma before exactly three digits is grouping, not decimals
    ['12,345', 1_234_500],
    ['7,125', 712_500],
    ['1 500,50', 150_050],
  ])('en %j → %d öre', (input, ore) => {
    expect(parseAmountToOre(input, 'en')).toBe(ore);
  });

  test('in Swedish (the default) 12,345 and 7,125 have three decimals: not an amount', () => {
    expect(parseAmountToOre('12,345')).toBeNull();
    expect(parseAmountToOre('7,125', 'sv')).toBeNull();
  });

  test.each(['', '   ', 'abc', '-500', '1,5,0', '1.234', '1e5', '1e308', '<script>', 'kr', '9'.repeat(30), 'NaN', 'Infinity'])(
    '%j is not an amount',
    (input) => {
      expect(parseAmountToOre(input)).toBeNull();
    },
  );
});

describe('readAmount says why an amount is refused', () => {
  const problem = (input: string, locale?: 'sv' | 'en') => {
    const r = readAmount(input, locale);
    return r.ok ? r.ore : r.problem;
  };

  test.each([
    ['', 'missing'],
    ['  kr ', 'missing'],
    ['abc', 'not-a-number'],
    ['1,5,0', 'not-a-number'],
    ['1e5', 'not-a-number'],
    ['-500', 'negative'],
    ['−12,50 kr', 'negative'],
    ['7,125', 'too-many-decimals'],
    ['1.234', 'too-many-decimals'],
    ['1 000 000 000 000 000', 'too-large'],
    ['100000000000000', 'too-large'],
    ['9'.repeat(30), 'too-large'],
  ])('sv %j → %s', (input, expected) => expect(problem(input)).toBe(expected));

  test('the largest exact amount is accepted, one öre more is too large', () => {
    const max = Number.MAX_SAFE_INTEGER; // öre
    const kr = Math.floor(max / 100);
    const ore = String(max % 100).padStart(2, '0');
    expect(problem(`${kr},${ore}`)).toBe(max);
    expect(problem(`${kr},${String(Number(ore) + 1).padStart(2, '0')}`)).toBe('too-large');
  });

  test('-0 is 0, never -0', () => {
    for (const input of ['-0', '−0,00', '-0 kr']) {
      const r = readAmount(input);
      expect(r.ok && Object.is(r.ore, 0)).toBe(true);
    }
  });
});
