/**
 * A parameter on a date before its first value: no value applies, and the
 * checks say so as a verdict (invalid at `asOf`) instead of silently using the
 * oldest value. Every check stays total: a date never makes it throw.
 */
import { describe, expect, test } from 'vitest';
import { coFinancingFixtures, partnershipFixtures } from '../../../src/rules/fixtures/index.ts';
import {
  checkCoFinancing,
  checkPartnership,
  flatRateRestOfWorld,
  valueAt,
  valueOn,
  type DatedValue,
} from '../../../src/rules/index.ts';
import { defineParameter } from '../../../src/rules/parameter.ts';

const source = { kind: 'seed', file: '000_a6b80de3e7b8f9db.txt', quote: 'Minst fyra deltagare krävs' } as const;
const value = (v: number, validFrom: string | null, validTo?: string): DatedValue<number> => ({
  value: v,
  validFrom,
  ...(validTo ? { validTo } : {}),
  readOn: '2026-11-22',
  source,
});
const dated = defineParameter('example', 'count', [value(1, '2023-01-01', '2024-12-31'), value(2, '2025-01-01')]);
const undated = defineParameter('undated', 'count', [value(7, null)]);
const ended = defineParameter('ended', 'count', [value(3, '2020-01-01', '2021-12-31')]);

describe('valueOn', () => {
  test('the value in force on a date, the newest whose period holds it', () => {
    expect(valueOn(dated, '2023-01-01')?.value).toBe(1);
    expect(valueOn(dated, '2024-12-31')?.value).toBe(1);
    expect(valueOn(dated, '2025-01-01')?.value).toBe(2);
    expect(valueOn(dated, '2030-06-01')?.value).toBe(2);
  });

  test('before the first validFrom no value applies', () => {
    expect(valueOn(dated, '2022-12-31')).toBeUndefined();
    expect(valueOn(flatRateRestOfWorld, '2025-12-31')).toBeUndefined();
  });

  test('after a last value has ended no value applies', () => {
    expect(valueOn(ended, '2022-01-01')).toBeUndefined();
  });

  test('a value without a start date applies on any date', () => {
    expect(valueOn(undated, '1900-01-01')?.value).toBe(7);
  });
});

test('valueAt no longer hands out the oldest value for a date before it: it says no value applies', () => {
  expect(() => valueAt(dated, '2022-12-31')).toThrow(RangeError);
  expect(valueAt(dated, '2023-06-01').value).toBe(1);
});

describe('checks on a date before their parameters', () => {
  const EARLY = '2019-06-01';

  test.each(coFinancingFixtures.map((f) => [f.id, f.input] as const))('co-financing %s: invalid at asOf', (_id, input) => {
    expect(checkCoFinancing(input, { date: EARLY })).toEqual({
      kind: 'invalid',
      errors: [{ path: 'asOf', message: 'date.no-value-in-force' }],
    });
  });

  test('co-financing on the day before the flat rates apply: invalid, the day they apply: decided', () => {
    const input = coFinancingFixtures[0]!.input;
    expect(checkCoFinancing(input, { date: '2025-12-31' }).kind).toBe('invalid');
    expect(checkCoFinancing(input, { date: '2026-01-01' }).kind).toBe('eligible');
  });

  test.each(partnershipFixtures.map((f) => [f.id, f.input] as const))('partnership %s: invalid at asOf', (_id, input) => {
    expect(checkPartnership(input, { date: EARLY })).toEqual({
      kind: 'invalid',
      errors: [{ path: 'asOf', message: 'date.no-value-in-force' }],
    });
  });

  test('a date that is not a calendar date is invalid at asOf, not a guess', () => {
    for (const date of ['yesterday', '2026-13-01', '2026-02-30', '', '20261122']) {
      expect(checkPartnership(partnershipFixtures[0]!.input, { date })).toEqual({
        kind: 'invalid',
        errors: [{ path: 'asOf', message: 'date.not-a-date' }],
      });
      expect(checkCoFinancing(coFinancingFixtures[0]!.input, { date }).kind).toBe('invalid');
    }
  });

  test('bad input on a bad date: the field errors and the date error together', () => {
    const v = checkCoFinancing({ participants: 'x' }, { date: EARLY });
    expect(v.kind).toBe('invalid');
    if (v.kind !== 'invalid') return;
    expect(v.errors).toContainEqual({ path: 'asOf', message: 'date.no-value-in-force' });
    expect(v.errors).toContainEqual({ path: 'participants', message: 'object.expected' });
  });
});
