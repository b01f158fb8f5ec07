import { describe, expect, test } from 'vitest';
import { numberWord } from '../../../src/components/content/number-words.ts';

describe('numberWord', () => {
  test.each([
    [4, 'fyra', 'four'],
    [10, 'tio', 'ten'],
    [12, 'tolv', 'twelve'],
    [20, 'tjugo', 'twenty'],
    [27, 'tjugosju', 'twenty-seven'],
    [50, 'femtio', 'fifty'],
    [99, 'nittionio', 'ninety-nine'],
  ])('%i → %s / %s', (n, sv, en) => {
    expect(numberWord(n, 'sv')).toBe(sv);
    expect(numberWord(n, 'en')).toBe(en);
  });

  test.each([-1, 1.5, 100, 2023, Number.NaN])('%s has no word', (n) => {
    expect(numberWord(n, 'sv')).toBeNull();
    expect(numberWord(n, 'en')).toBeNull();
  });
});
