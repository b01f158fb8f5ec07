import { describe, expect, test } from 'vitest';
import { parseMoney } from '../../../src/islands/kit/parse-money.ts';
import { parseCount, parseHours } from '../../../src/islands/kit/parse.ts';

const value = (r: ReturnType<typeof parseCount>) => (r.ok ? r.value : r.problem);

describe('parseCount: whole numbers ≥ 0', () => {
  test.each([
    ['0', 0],
    ['12', 12],
    [' 1 200 ', 1200],
    ['007', 7],
  ])('%j → %d', (input, expected) => expect(value(parseCount(input))).toBe(expected));

  test.each([
    ['', 'missing'],
    ['  ', 'missing'],
    ['abc', 'not-a-number'],
    ['-5', 'negative'],
    ['−5', 'negative'],
    ['2,5', 'too-many-decimals'],
    ['2.5', 'too-many-decimals'],
    ['1e308', 'not-a-number'],
    ['<script>', 'not-a-number'],
    ['9'.repeat(20), 'too-large'],
  ])('%j → %s', (input, problem) => expect(value(parseCount(input))).toBe(problem));
});

describe('parseHours: decimal comma or point, at most two decimals', () => {
  test.each([
    ['120', 120],
    ['7,5', 7.5],
    ['7.25', 7.25],
    ['1 200,75', 1200.75],
    ['0', 0],
  ])('%j → %d', (input, expected) => expect(value(parseHours(input))).toBe(expected));

  test.each([
    ['', 'missing'],
    ['7,125', 'too-many-decimals'],
    ['-1', 'negative'],
    ['ten', 'not-a-number'],
    ['1,2,3', 'not-a-number'],
    ['Infinity', 'not-a-number'],
  ])('%j → %s', (input, problem) => expect(value(parseHours(input))).toBe(problem));
});

describe('English grouping commas only on the English side', () => {
  test('en reads 1,200 as a thousand two hundred', () => {
    expect(value(parseCount('1,200', 'en'))).toBe(1200);
    expect(value(parseHours('1,200.75', 'en'))).toBe(1200.75);
  });
  test('sv (and no locale) reads the comma as a decimal sign', () => {
    expect(value(parseCount('1,200', 'sv'))).toBe('too-many-decimals');
    expect(value(parseHours('7,125', 'sv'))).toBe('too-many-decimals');
    expect(value(parseHours('7,125'))).toBe('too-many-decimals');
  });
});

describe('parseMoney: integer öre through readAmount', () => {
  test.each([
    ['220 000 kr', 22_000_000],
    ['1 500,50', 150_050],
  ])('%j → %d öre', (input, expected) => expect(value(parseMoney(input))).toBe(expected));

  test('SEK 220,000 is English grouping, read so only on the English side', () => {
    expect(value(parseMoney('SEK 220,000', 'en'))).toBe(22_000_000);
    expect(value(parseMoney('SEK 220,000', 'sv'))).toBe('too-many-decimals');
  });

  test.each([
    ['', 'missing'],
    ['kr', 'missing'],
    ['-500', 'negative'],
    ['abc', 'not-a-number'],
    ['9'.repeat(16), 'too-large'],
  ])('%j → %s', (input, problem) => expect(value(parseMoney(input))).toBe(problem));
});

describe('Swedish money: a comma is the decimal sign, öre have two decimals', () => {
  test.each([
    ['7,12', 712],
    ['7,1', 710],
    ['7 125', 712_500],
    ['7\u00a0125', 712_500],
    ['220 000,50', 22_000_050],
    ['220000 kr', 22_000_000],
    ['220000', 22_000_000],
    ['0,01', 1],
  ])('sv %j → %d öre', (input, expected) => {
    expect(value(parseMoney(input, 'sv'))).toBe(expected);
    expect(value(parseMoney(input))).toBe(expected);
  });

  test.each(['7,125', '7,1250', '1.234', '220 000,505'])('sv %j has three decimals or more: too-many-decimals', (input) => {
    expect(value(parseMoney(input, 'sv'))).toBe('too-many-decimals');
    expect(value(parseMoney(input))).toBe('too-many-decimals');
  });

  test('English keeps its grouping comma: 7,125 is SEK 7,125', () => {
    expect(value(parseMoney('7,125', 'en'))).toBe(712_500);
    expect(value(parseMoney('SEK 1,500,000.50', 'en'))).toBe(150_000_050);
    expect(value(parseMoney('7.125', 'en'))).toBe('too-many-decimals');
  });
});

describe('long amounts are too large, not "not a number"', () => {
  test.each([
    '1 000 000 000 000 000',
    '10000000000000', // 14 digits
    '100000000000000', // 15 digits
    '999 999 999 999 999,99',
    '9'.repeat(16),
    '9'.repeat(40),
  ])('%j → too-large', (input) => {
    for (const locale of ['sv', 'en'] as const) expect(value(parseMoney(input, locale))).toBe('too-large');
  });
});

describe('-0 never comes back as -0', () => {
  const parsers = { parseCount, parseHours, parseMoney };
  test.each(Object.entries(parsers))('%s', (_name, parse) => {
    for (const input of ['-0', '−0', '-0,00', '-00', '0', '−0 kr']) {
      const r = parse(input);
      if (r.ok) expect(Object.is(r.value, -0), `${input} gave -0`).toBe(false);
    }
    expect(value(parse('-0'))).toBe(0);
  });

  test('a sign on a number above zero is still negative', () => {
    expect(value(parseMoney('-0,01'))).toBe('negative');
    expect(value(parseHours('-0,5'))).toBe('negative');
    expect(value(parseCount('-1'))).toBe('negative');
  });
});
