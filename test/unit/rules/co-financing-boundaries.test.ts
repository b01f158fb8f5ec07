/**
 * Co-financing at its edges: exactly the minimum passes and one öre less fails,
 * shares never show 50 % for a failing case, sums are exact in öre, and the
 * staff hours offered really cover the shortfall.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  INPUT_LIMITS,
  checkCoFinancing,
  computeCoFinancing,
  current,
  flatRateRestOfWorld,
  minOwnContributionPercent,
  type CoFinancingInput,
} from '../../../src/rules/index.ts';

const DATE = '2026-11-22';
const rate = current(flatRateRestOfWorld, DATE) * 100;

const input = (over: Partial<CoFinancingInput> = {}): CoFinancingInput => ({
  participants: { europeOutsideEuEea: 0, restOfWorld: 10 },
  staffHours: 0,
  hourlyCostOre: 0,
  adminCostsOre: 0,
  otherOwnCostsOre: 0,
  ...over,
});

test('the parameters this file relies on', () => {
  expect(current(minOwnContributionPercent, DATE)).toBe(50);
});

describe('own share at the minimum', () => {
  const grant = 10 * rate;

  test('own contribution equal to the grant is exactly 50 % and passes', () => {
    const v = checkCoFinancing(input({ otherOwnCostsOre: grant }), { date: DATE });
    expect(v.kind).toBe('eligible');
    if (v.kind === 'invalid') return;
    expect(v.result.ownShareBasisPoints).toBe(5000);
    expect(v.result.shortfallOre).toBe(0);
  });

  test('one öre less fails, short by one öre, and shows below 50 %', () => {
    const v = checkCoFinancing(input({ otherOwnCostsOre: grant - 1 }), { date: DATE });
    expect(v.kind).toBe('not-eligible');
    if (v.kind === 'invalid') return;
    expect(v.result.shortfallOre).toBe(1);
    expect(v.result.ownShareBasisPoints).toBe(4999);
    expect(v.findings.map((f) => f.rule)).toContain('co-financing.own-share-too-low');
  });

  test('staff cost is rounded half up to whole öre', () => {
    // 0,01 h × 50 öre = 0,5 öre → 1 öre; × 49 öre = 0,49 öre → 0 öre
    expect(computeCoFinancing(input({ staffHours: 0.01, hourlyCostOre: 50 })).staffCostOre).toBe(1);
    expect(computeCoFinancing(input({ staffHours: 0.01, hourlyCostOre: 49 })).staffCostOre).toBe(0);
  });

  test('hours that float arithmetic gets wrong are exact (0,29 h, 0,57 h, 1,1 h)', () => {
    // 0.29 * 100 = 28.999999999999996 in floating point
    expect(computeCoFinancing(input({ staffHours: 0.29, hourlyCostOre: 100 })).staffCostOre).toBe(29);
    expect(computeCoFinancing(input({ staffHours: 0.57, hourlyCostOre: 100 })).staffCostOre).toBe(57);
    expect(computeCoFinancing(input({ staffHours: 1.1, hourlyCostOre: 300 })).staffCostOre).toBe(330);
  });

  test('the largest accepted input still gives exact, safe integers', () => {
    const r = computeCoFinancing({
      participants: { europeOutsideEuEea: INPUT_LIMITS.maxParticipants, restOfWorld: INPUT_LIMITS.maxParticipants },
      flatRatesOre: { europeOutsideEuEea: INPUT_LIMITS.maxFlatRateOre, restOfWorld: INPUT_LIMITS.maxFlatRateOre },
      staffHours: INPUT_LIMITS.maxStaffHours,
      hourlyCostOre: INPUT_LIMITS.maxHourlyCostOre,
      adminCostsOre: INPUT_LIMITS.maxAmountOre,
      otherOwnCostsOre: INPUT_LIMITS.maxAmountOre,
    });
    for (const n of [r.grantOre, r.ownContributionOre, r.totalOre, r.shortfallOre]) expect(Number.isSafeInteger(n)).toBe(true);
    expect(r.grantOre).toBe(2 * INPUT_LIMITS.maxParticipants * INPUT_LIMITS.maxFlatRateOre);
    expect(r.staffCostOre).toBe(INPUT_LIMITS.maxStaffHours * INPUT_LIMITS.maxHourlyCostOre);
  });
});

describe('bounds of the input', () => {
  test.each([
    ['staffHours', INPUT_LIMITS.maxStaffHours + 0.01, 'number.too-large'],
    ['hourlyCostOre', INPUT_LIMITS.maxHourlyCostOre + 1, 'number.too-large'],
    ['adminCostsOre', 1e20, 'number.too-large'],
    ['adminCostsOre', -1, 'number.negative'],
    ['otherOwnCostsOre', 0.5, 'number.not-integer'],
    ['staffHours', 1.005, 'number.too-many-decimals'],
    ['staffHours', Number.NaN, 'number.not-a-number'],
    ['staffHours', Number.POSITIVE_INFINITY, 'number.not-a-number'],
    ['hourlyCostOre', '400', 'number.not-a-number'],
    ['adminCostsOre', null, 'number.not-a-number'],
  ])('%s = %s is %s', (field, value, message) => {
    expect(checkCoFinancing({ ...input(), [field]: value })).toEqual({ kind: 'invalid', errors: [{ path: field, message }] });
  });

  test('a participant count one above the bound is too large, the bound itself is fine', () => {
    const at = checkCoFinancing(input({ participants: { europeOutsideEuEea: INPUT_LIMITS.maxParticipants, restOfWorld: 0 } }));
    expect(at.kind).not.toBe('invalid');
    const above = checkCoFinancing({ ...input(), participants: { europeOutsideEuEea: INPUT_LIMITS.maxParticipants + 1, restOfWorld: 0 } });
    expect(above).toEqual({ kind: 'invalid', errors: [{ path: 'participants.europeOutsideEuEea', message: 'number.too-large' }] });
  });
});

describe('properties of valid input', () => {
  const validInput = fc.record({
    participants: fc.record({
      europeOutsideEuEea: fc.integer({ min: 0, max: 200 }),
      restOfWorld: fc.integer({ min: 0, max: 200 }),
    }),
    staffHours: fc.integer({ min: 0, max: 1_000_000 }).map((h) => h / 100),
    hourlyCostOre: fc.integer({ min: 0, max: 200_000 }),
    adminCostsOre: fc.integer({ min: 0, max: 1_000_000_000 }),
    otherOwnCostsOre: fc.integer({ min: 0, max: 1_000_000_000 }),
  });

  test('figures add up, the verdict matches own ≥ grant, and the hours offered cover the shortfall', () => {
    fc.assert(
      fc.property(validInput, (i) => {
        const v = checkCoFinancing(i, { date: DATE });
        if (v.kind === 'invalid') return false;
        const r = v.result;
        expect(r.totalOre).toBe(r.grantOre + r.ownContributionOre);
        expect(r.ownContributionOre).toBe(r.staffCostOre + i.adminCostsOre + i.otherOwnCostsOre);
        // A staff cost with one half missing is an open question: it never passes (see
        // co-financing-open-questions.test.ts); on complete answers the verdict is own ≥ grant.
        const complete = (i.staffHours > 0) === (i.hourlyCostOre > 0);
        expect(r.staffCostMissing === null).toBe(complete);
        expect(r.meetsMinimum).toBe(complete && r.ownContributionOre >= r.grantOre);
        expect(r.shortfallOre).toBe(Math.max(0, r.grantOre - r.ownContributionOre));
        if (r.ownShareBasisPoints !== null && complete) expect(r.ownShareBasisPoints >= 5000).toBe(r.meetsMinimum);
        if (r.grantOre > 0) {
          const short = r.ownContributionOre < r.grantOre;
          expect(v.kind).toBe(short ? 'not-eligible' : complete ? 'eligible' : 'needs-attention');
          if (r.staffHoursToCover !== null && r.shortfallOre > 0) {
            // Adding the offered hours passes; one hundredth fewer does not.
            const withHours = (h: number) =>
              computeCoFinancing({ ...i, staffHours: (Math.round(i.staffHours * 100) + h) / 100 }, { date: DATE });
            const offered = Math.round(r.staffHoursToCover * 100);
            const reaches = (r2: { ownContributionOre: number; grantOre: number }) => r2.ownContributionOre >= r2.grantOre;
            expect(reaches(withHours(offered))).toBe(true);
            expect(reaches(withHours(offered - 1))).toBe(false);
          }
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });
});
