// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import CoFinancingCalculator from '../../../src/islands/co-financing/CoFinancingCalculator.tsx';
import { coFinancingPageData } from '../../../src/components/widgets/co-financing/page-data.ts';
import { presetSearch } from '../../../src/components/workshop/co-financing-preset.ts';
import { FIXTURE_DATE, coFinancingFixtures } from '../../../src/rules/fixtures/co-financing.ts';
import { readFigures } from './type-fixture.ts';
import { kitStrings } from '../../../src/i18n/widgets/kit.ts';

/** The result part is a dynamic import: on a busy machine it can take longer than waitFor's default second. */
const ON_USE = { timeout: 15_000 };

afterEach(() => {
  cleanup();
  history.replaceState(null, '', '/');
});

// A preset is a complete answer; a fixture with half the working-time pair is the form's to refuse (calculator.test.tsx).
const complete = coFinancingFixtures.filter((f) => f.input.staffHours > 0 === f.input.hourlyCostOre > 0);

test.each(complete.map((f) => [f.id, f] as const))('preset %s opens with the fixture’s verdict', async (_id, fixture) => {
  history.replaceState(null, '', `/en/workshop/${presetSearch(fixture.input, '?present=1')}`);
  const { container } = render(<CoFinancingCalculator locale="en" kit={kitStrings['en']} asOf={FIXTURE_DATE} data={coFinancingPageData('en')} links={{}} />);
  await waitFor(() => {
    if (!container.querySelector('[data-verdict]')) throw new Error('no verdict yet');
  }, ON_USE);
  expect(container.querySelector('[data-verdict]')?.getAttribute('data-verdict')).toBe(fixture.expected.kind);
  const rules = [...container.querySelectorAll('[data-verdict] [data-rule]')].map((li) => li.getAttribute('data-rule')).sort();
  expect(rules).toEqual([...fixture.expected.rules].sort());
  const { kind: _k, rules: _r, ...figures } = fixture.expected;
  expect(readFigures(container)).toEqual(figures);
  expect(new URLSearchParams(location.search).get('present')).toBe('1');
});
