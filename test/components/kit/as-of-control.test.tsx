// @vitest-environment happy-dom
/**
 * The "Why?" panel's other day (issue 14): the address it opens keeps the
 * widget's answers, changes `asOf` and lands where it is told; an empty field
 * is the page's day again. The field stands in the panel of a check that
 * reads dated values, with the day the result was worked out for, and not in
 * the quiz's, whose rules carry no dates. (Opening the address, and a date
 * left half typed, are tried in a real browser: test/browser/widgets/why-trace.test.ts.)
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { kitStrings } from '../../../src/i18n/widgets/kit.ts';
import { AS_OF_PARAM, addressOnDay, asOfIn } from '../../../src/islands/kit/as-of.ts';
import { KitWords } from '../../../src/islands/kit/kit-words.ts';
import { VerdictPanel, type RulesApplied } from '../../../src/islands/kit/VerdictPanel.tsx';
import { FIXTURE_DATE } from '../../../src/rules/fixtures/index.ts';

afterEach(cleanup);

describe('addressOnDay', () => {
  const page = 'https://example.org/sv/ekonomi-och-schabloner/?c-rest=10&c-other=220000#c-result';

  test('sets the day and keeps the answers and the fragment', () => {
    const url = new URL(addressOnDay(page, '2024-06-01'));
    expect(url.searchParams.get(AS_OF_PARAM)).toBe('2024-06-01');
    expect(url.searchParams.get('c-rest')).toBe('10');
    expect(url.searchParams.get('c-other')).toBe('220000');
    expect(url.hash).toBe('#c-result');
    expect(url.pathname).toBe('/sv/ekonomi-och-schabloner/');
    // What the widget reads back from it is that day.
    expect(asOfIn(url.search, FIXTURE_DATE)).toEqual({ asOf: '2024-06-01', asked: true, valid: true });
  });

  test('lands on the element named, if one is', () => {
    const url = new URL(addressOnDay('https://example.org/sv/projektets-uppbyggnad/?p-n=16', '2026-03-01', 'pc-result'));
    expect(url.hash).toBe('#pc-result');
    expect(url.searchParams.get('p-n')).toBe('16');
  });

  test('replaces a day already asked for, once', () => {
    const url = new URL(addressOnDay(addressOnDay(page, '2024-06-01'), '2019-01-01'));
    expect(url.searchParams.getAll(AS_OF_PARAM)).toEqual(['2019-01-01']);
  });

  test('an empty day returns to the page’s date', () => {
    const url = new URL(addressOnDay(addressOnDay(page, '2024-06-01'), ''));
    expect(url.searchParams.has(AS_OF_PARAM)).toBe(false);
    expect(asOfIn(url.search, FIXTURE_DATE)).toEqual({ asOf: FIXTURE_DATE, asked: false, valid: true });
    expect(url.searchParams.get('c-rest')).toBe('10');
  });
});

describe.each(['sv', 'en'] as const)('the field in the "Why?" panel (%s)', (locale) => {
  const trace = [{ test: 't', rule: 'r', held: true, name: 'Regel', text: '4 ≥ 4' }];
  const panel = (applied: RulesApplied) =>
    render(
      <KitWords.Provider value={kitStrings[locale]}>
        <VerdictPanel locale={locale} id="v" kind="eligible" findings={[]} applied={applied} />
      </KitWords.Provider>,
    ).container;

  test('a check of dated rules offers another day, starting from the result’s day, labelled and hinted', () => {
    const form = panel({ asOf: '2024-06-01', dated: true, trace }).querySelector('[data-why] form[data-as-of-control]')!;
    expect(form).not.toBeNull();
    const input = form.querySelector<HTMLInputElement>(`input[name="${AS_OF_PARAM}"]`)!;
    expect(input.type).toBe('date');
    expect(input.value).toBe('2024-06-01');
    expect(form.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
    expect(input.getAttribute('aria-describedby')).toBe(`${input.id}-hint`);
    expect(form.querySelector(`#${input.id}-hint`)).not.toBeNull();
    expect(form.querySelector('button[type="submit"]')).not.toBeNull();
  });

  test('the quiz’s rules carry no dates: no field', () => {
    expect(panel({ asOf: FIXTURE_DATE, dated: false, trace }).querySelector('[data-as-of-control]')).toBeNull();
  });
});
