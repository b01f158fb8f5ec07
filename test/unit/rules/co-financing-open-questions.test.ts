/**
 * Co-financing answers that cannot pass yet: a staff cost with one half
 * missing (hours without an hourly cost, or an hourly cost without hours), a
 * flat rate of 0 kr, and a flat rate far from the parameter in force. None of
 * them may reach "eligible" or "minimum met": each is a question for the
 * reader (a warning), on top of whatever the figures so far say.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  PLAUSIBLE_RATE_FACTOR,
  checkCoFinancing,
  current,
  flatRateEuropeOutsideEuEea,
  flatRateRestOfWorld,
  type CoFinancingInput,
} from '../../../src/rules/index.ts';

const DATE = '2026-11-22';
const REST = current(flatRateRestOfWorld, DATE) * 100;
const EUROPE = current(flatRateEuropeOutsideEuEea, DATE) * 100;

const base = (over: Partial<CoFinancingInput> = {}): CoFinancingInput => ({
  participants: { europeOutsideEuEea: 0, restOfWorld: 10 },
  staffHours: 0,
  hourlyCostOre: 0,
  adminCostsOre: 0,
  // Far more than the grant: on the figures alone the minimum is met.
  otherOwnCostsOre: 100 * REST,
  ...over,
});

const decided = (input: unknown) => {
  const v = checkCoFinancing(input, { date: DATE });
  if (v.kind === 'invalid') throw new Error(JSON.stringify(v.errors));
  return v;
};
const rulesOf = (input: unknown) => decided(input).findings.map((f) => f.rule);

test('the plausibility bound is a factor, stated once', () => {
  expect(PLAUSIBLE_RATE_FACTOR).toBe(4);
});

describe('a staff cost with one half missing', () => {
  test('hours without an hourly cost: needs attention, names the hourly cost, never "met"', () => {
    const v = decided(base({ staffHours: 120 }));
    expect(v.kind).toBe('needs-attention');
    expect(v.result.meetsMinimum).toBe(false);
    expect(v.result.staffCostMissing).toBe('hourly-cost');
    const f = v.findings.find((x) => x.rule === 'co-financing.staff-cost-incomplete');
    expect(f?.severity).toBe('warning');
    expect(f?.params['missing']).toBe('hourly-cost');
    expect(v.findings.map((x) => x.rule)).not.toContain('co-financing.own-share-met');
  });

  test('an hourly cost without hours: needs attention, names the hours', () => {
    const v = decided(base({ hourlyCostOre: 45_000 }));
    expect(v.kind).toBe('needs-attention');
    expect(v.result.staffCostMissing).toBe('staff-hours');
    expect(v.findings.find((x) => x.rule === 'co-financing.staff-cost-incomplete')?.params['missing']).toBe('staff-hours');
  });

  test('short on the figures so far: still not-eligible, with the question beside it', () => {
    const v = decided(base({ staffHours: 120, otherOwnCostsOre: 0 }));
    expect(v.kind).toBe('not-eligible');
    expect(v.findings.map((x) => x.rule)).toEqual(
      expect.arrayContaining(['co-financing.own-share-too-low', 'co-financing.staff-cost-incomplete']),
    );
  });

  test('neither half (no working time counted) and both halves are complete answers', () => {
    expect(rulesOf(base())).not.toContain('co-financing.staff-cost-incomplete');
    expect(decided(base()).kind).toBe('eligible');
    expect(rulesOf(base({ staffHours: 0.01, hourlyCostOre: 1 }))).not.toContain('co-financing.staff-cost-incomplete');
  });
});

describe('a flat rate of 0 kr', () => {
  test('gives "0 % … met" no more: needs attention, minimum not met', () => {
    const v = decided(base({ flatRatesOre: { restOfWorld: 0 }, otherOwnCostsOre: 0 }));
    expect(v.kind).toBe('needs-attention');
    expect(v.result.meetsMinimum).toBe(false);
    expect(v.findings.map((x) => x.rule)).toContain('co-financing.flat-rate-zero');
    expect(v.findings.map((x) => x.rule)).not.toContain('co-financing.own-share-met');
    expect(v.findings.find((x) => x.rule === 'co-financing.flat-rate-zero')?.params['zones']).toEqual(['restOfWorld']);
  });

  test('a zero rate for a zone without participants changes nothing', () => {
    const v = decided(base({ flatRatesOre: { europeOutsideEuEea: 0 } }));
    expect(v.findings.map((x) => x.rule)).not.toContain('co-financing.flat-rate-zero');
    expect(v.kind).toBe('eligible');
  });
});

describe('a flat rate far from the parameter in force', () => {
  const within = [Math.ceil(REST / PLAUSIBLE_RATE_FACTOR), REST, REST * PLAUSIBLE_RATE_FACTOR];
  const outside = [1, Math.ceil(REST / PLAUSIBLE_RATE_FACTOR) - 1, REST * PLAUSIBLE_RATE_FACTOR + 1, REST * 10];

  test.each(within)('%d öre is within the bound', (rate) => {
    expect(rulesOf(base({ flatRatesOre: { restOfWorld: rate }, otherOwnCostsOre: 100 * rate }))).not.toContain(
      'co-financing.flat-rate-implausible',
    );
  });

  test.each(outside)('%d öre is a question for the reader, never a pass', (rate) => {
    const v = decided(base({ flatRatesOre: { restOfWorld: rate }, otherOwnCostsOre: 100 * rate }));
    expect(v.kind).toBe('needs-attention');
    expect(v.result.meetsMinimum).toBe(false);
    const f = v.findings.find((x) => x.rule === 'co-financing.flat-rate-implausible');
    expect(f?.params).toMatchObject({ zones: ['restOfWorld'], factor: PLAUSIBLE_RATE_FACTOR });
  });

  test('each zone is held to its own parameter', () => {
    // The rest-of-world rate is within a factor 4 of Europe's rate too; Europe's own bound is what counts.
    const v = decided(
      base({ participants: { europeOutsideEuEea: 2, restOfWorld: 0 }, flatRatesOre: { europeOutsideEuEea: EUROPE * 5 } }),
    );
    expect(v.findings.find((x) => x.rule === 'co-financing.flat-rate-implausible')?.params['zones']).toEqual([
      'europeOutsideEuEea',
    ]);
  });
});

describe('properties: no open question reaches eligible or "minimum met"', () => {
  const amount = fc.integer({ min: 0, max: 2_000_000_000 });
  const input = fc.record({
    participants: fc.record({ europeOutsideEuEea: fc.integer({ min: 0, max: 50 }), restOfWorld: fc.integer({ min: 0, max: 50 }) }),
    flatRatesOre: fc.option(
      fc.record(
        { europeOutsideEuEea: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 20_000_000 })), restOfWorld: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 20_000_000 })) },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    ),
    staffHours: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1_000_000 }).map((h) => h / 100)),
    hourlyCostOre: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 200_000 })),
    adminCostsOre: amount,
    otherOwnCostsOre: amount,
  });
  /** fc.option gives `flatRatesOre: undefined`; the strict schema wants the key left out. */
  const clean = (i: Record<string, unknown>): Record<string, unknown> => {
    const copy = { ...i };
    if (copy['flatRatesOre'] === undefined) delete copy['flatRatesOre'];
    return copy;
  };

  test('a half-answered staff cost', () => {
    fc.assert(
      fc.property(input, (raw) => {
        const i = clean(raw) as unknown as CoFinancingInput;
        const half = (i.staffHours > 0) !== (i.hourlyCostOre > 0);
        const v = decided(i);
        const flagged = v.findings.some((f) => f.rule === 'co-financing.staff-cost-incomplete');
        const hasParticipants = i.participants.europeOutsideEuEea + i.participants.restOfWorld > 0;
        if (half) {
          expect(v.kind).not.toBe('eligible');
          expect(v.result.meetsMinimum).toBe(false);
          if (hasParticipants) expect(flagged).toBe(true);
        } else {
          expect(flagged).toBe(false);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('a zero or implausible flat rate where there are participants', () => {
    fc.assert(
      fc.property(input, (raw) => {
        const i = clean(raw) as unknown as CoFinancingInput;
        const parameter = { europeOutsideEuEea: EUROPE, restOfWorld: REST } as const;
        const questionable = (['europeOutsideEuEea', 'restOfWorld'] as const).filter((zone) => {
          const rate = i.flatRatesOre?.[zone];
          if (rate === undefined || i.participants[zone] === 0) return false;
          return rate === 0 || rate * PLAUSIBLE_RATE_FACTOR < parameter[zone] || rate > parameter[zone] * PLAUSIBLE_RATE_FACTOR;
        });
        const v = decided(i);
        if (questionable.length > 0) {
          expect(v.kind).not.toBe('eligible');
          expect(v.result.meetsMinimum).toBe(false);
          expect(v.findings.some((f) => f.rule === 'co-financing.flat-rate-zero' || f.rule === 'co-financing.flat-rate-implausible')).toBe(true);
        } else {
          expect(v.findings.some((f) => f.rule === 'co-financing.flat-rate-zero' || f.rule === 'co-financing.flat-rate-implausible')).toBe(false);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

test('no figure of the result is -0, even from -0 in the input', () => {
  const v = decided({
    participants: { europeOutsideEuEea: -0, restOfWorld: -0 },
    staffHours: -0,
    hourlyCostOre: -0,
    adminCostsOre: -0,
    otherOwnCostsOre: -0,
  });
  const numbers = (x: unknown): number[] =>
    typeof x === 'number' ? [x] : x && typeof x === 'object' ? Object.values(x).flatMap(numbers) : [];
  for (const n of numbers(v.result)) expect(Object.is(n, -0)).toBe(false);
});
