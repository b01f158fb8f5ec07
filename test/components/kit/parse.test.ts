import { describe, expect, test } from 'vitest';
import { parseCount, parseHours, parseMoney } from '../../../src/islands/kit/parse.ts';

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

describe('parseMoney: integer öre through parseAmountToOre', () => {
  test.each([
    ['220 000 kr', 22_000_000],
    ['1 500,50', 150_050],
    ['SEK 220,000', 22_000_000],
  ])('%j → %d öre', (input, expected) => expect(value(parseMoney(input))).toBe(expected));

  test.each([
    ['', 'missing'],
    ['kr', 'missing'],
    ['-500', 'negative'],
    ['abc', 'not-a-number'],
    ['9'.repeat(16), 'too-large'],
  ])('%j → %s', (input, problem) => expect(value(parseMoney(input))).toBe(problem));
});
