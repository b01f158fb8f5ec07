import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { workedExample } from '../../../src/components/content/worked-example.ts';

describe('workedExample', () => {
  test('the FACTS.md example: 10 × 22 000 kr at 50 % own share', () => {
    expect(workedExample(10, 22_000, 50)).toEqual({
      participants: 10,
      flatRate: 22_000,
      grant: 220_000,
      minOwnContribution: 220_000,
      minTotalCost: 440_000,
    });
  });

  test('a different share changes the own contribution, rounding up', () => {
    // 100 000 × 40 / 60 = 66 666.67 → 66 667, so that 40 % is reached
    expect(workedExample(5, 20_000, 40).minOwnContribution).toBe(66_667);
  });

  test('the own share always reaches the minimum and never overshoots by a krona', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 99 }), (n, rate, p) => {
        const f = workedExample(n, rate, p);
        expect(f.grant).toBe(n * rate);
        expect(f.minTotalCost).toBe(f.grant + f.minOwnContribution);
        expect(f.minOwnContribution * 100).toBeGreaterThanOrEqual(p * f.minTotalCost);
        if (f.minOwnContribution > 0) expect((f.minOwnContribution - 1) * 100).toBeLessThan(p * (f.minTotalCost - 1));
      }),
    );
  });

  test.each([
    [0, 50],
    [2.5, 50],
    [10, 100],
    [10, -1],
  ])('rejects %s participants at %s %%', (n, p) => {
    expect(() => workedExample(n, 22_000, p)).toThrow(RangeError);
  });
});
