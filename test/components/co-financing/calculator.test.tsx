// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { hydrate, render as renderInto } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, test } from 'vitest';
import type { Locale } from '../../../src/i18n/locales.ts';
import CoFinancingCalculator from '../../../src/islands/co-financing/CoFinancingCalculator.tsx';
import { coFinancingPageData } from '../../../src/components/widgets/co-financing/page-data.ts';
import { FIXTURE_DATE, coFinancingFixtures } from '../../../src/rules/fixtures/co-financing.ts';
import { readFigures, typeFixture, typeInto } from './type-fixture.ts';
import { kitStrings } from '../../../src/i18n/widgets/kit.ts';

afterEach(() => {
  cleanup();
  history.replaceState(null, '', '/');
});

const LOCALES: Locale[] = ['sv', 'en'];
/** The result part is a dynamic import: on a busy machine it can take longer than waitFor's default second. */
const ON_USE = { timeout: 15_000 };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Waits for the verdict: the result part loads on first use (a dynamic import). */
const verdictShown = (container: Element) =>
  waitFor(() => {
    if (!container.querySelector('[data-verdict]')) throw new Error('no verdict yet');
  }, ON_USE);

const calculator = (locale: Locale) => (
  <CoFinancingCalculator locale={locale} kit={kitStrings[locale]} asOf={FIXTURE_DATE} data={coFinancingPageData(locale)} links={{}} />
);

function renderCalculator(locale: Locale) {
  return render(calculator(locale));
}

/** Working time without its hourly cost, or the cost without the time: the form asks for the other half. */
const halfPair = (input: { staffHours: number; hourlyCostOre: number }) => input.staffHours > 0 !== input.hourlyCostOre > 0;

const verdictOf = (container: Element) => container.querySelector('[data-verdict]')?.getAttribute('data-verdict');
const rulesOf = (container: Element) =>
  [...container.querySelectorAll('[data-verdict] [data-rule]')].map((li) => li.getAttribute('data-rule')).sort();

describe.each(LOCALES)('every fixture typed into the calculator (%s)', (locale) => {
  test.each(coFinancingFixtures.filter((f) => !halfPair(f.input)).map((f) => [f.id, f] as const))('%s', async (_id, fixture) => {
    const { container } = renderCalculator(locale);
    typeFixture(container, fixture.input, locale);
    fireEvent.submit(container.querySelector('form')!);
    await verdictShown(container);
    expect(container.querySelector('[data-error-summary]')).toBeNull();
    expect(verdictOf(container)).toBe(fixture.expected.kind);
    expect(rulesOf(container)).toEqual([...fixture.expected.rules].sort());
    const { kind: _kind, rules: _rules, ...figures } = fixture.expected;
    expect(readFigures(container)).toEqual(figures);
  });
});

describe('bad values', () => {
  // The form's own refusals of what the check's invalid fixtures express as raw input.
  test.each([
    ['c-rest', 'abc'],
    ['c-rest', '-1'],
    ['c-europe', '2,5'],
    ['c-hours', '1,234'],
    ['c-hourly', '1000000000000000000'],
    ['c-admin', '1e308'],
    ['c-rate-rest', ''],
  ])('%s = %j: error summary takes focus, links to the field, the other answers stay', async (id, bad) => {
    history.replaceState(null, '', '/sv/x/?p-keep=1');
    const { container } = renderCalculator('sv');
    typeFixture(container, coFinancingFixtures[0]!.input, 'sv');
    await verdictShown(container);
    // The answers: the calculator's form's fields (the result's "Why?" has a date field of its own, which goes with the result).
    const before = [...container.querySelector('form')!.querySelectorAll<HTMLInputElement>('input')].map((i) => [i.id, i.value]);
    typeInto(container, id, bad);
    fireEvent.submit(container.querySelector('form')!);
    await settle();
    const summary = container.querySelector<HTMLElement>('[data-error-summary]');
    expect(summary).not.toBeNull();
    expect(document.activeElement).toBe(summary);
    expect([...summary!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([`#${id}`]);
    const field = container.querySelector<HTMLInputElement>(`#${id}`)!;
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(`${id}-error`);
    for (const [otherId, value] of before) {
      if (otherId !== id) expect(container.querySelector<HTMLInputElement>(`#${otherId}`)!.value).toBe(value);
    }
    // No verdict on a form with an error; the URL keeps the valid answers and others' keys.
    expect(container.querySelector('[data-verdict]')).toBeNull();
    const query = new URLSearchParams(location.search);
    expect(query.get('p-keep')).toBe('1');
    expect(query.has(id)).toBe(false);
    const [keptKey, keptValue] = id === 'c-hours' ? ['c-other', '20000'] : ['c-hours', '400'];
    expect(query.get(keptKey)).toBe(keptValue);
  });

  test('an error shows inline when the reader leaves the field, the summary only after "Calculate"', async () => {
    const { container } = renderCalculator('en');
    typeInto(container, 'c-rest', 'ten');
    await settle();
    expect(container.querySelector('#c-rest-error')).not.toBeNull();
    expect(container.querySelector('[data-error-summary]')).toBeNull();
  });
});

describe('URL state', () => {
  test('a URL with answers restores them and the result', async () => {
    history.replaceState(null, '', '/sv/x/?c-rest=10&c-hours=400&c-hourly=400&c-admin=40000&c-other=20000');
    const { container } = renderCalculator('sv');
    await verdictShown(container);
    expect(container.querySelector<HTMLInputElement>('#c-rest')!.value).toBe('10');
    expect(verdictOf(container)).toBe('eligible');
    expect(readFigures(container)?.grantOre).toBe(22_000_000);
  });

  test('an entered rate travels in the URL and comes back as entered', async () => {
    history.replaceState(null, '', '/sv/x/?c-rest=10&c-rate-rest=50010&c-other=499900');
    const { container } = renderCalculator('en');
    await verdictShown(container);
    expect(rulesOf(container)).toContain('co-financing.flat-rate-entered');
    expect(readFigures(container)?.grantOre).toBe(50_010_00 * 10);
  });

  test('hostile values are dropped one by one and never reach the page', async () => {
    const hostile = {
      'c-rest': '<script>alert(1)</script>',
      'c-europe': '"><img src=x onerror=alert(1)>',
      'c-hours': '1e308',
      'c-admin': '-5',
      'c-hourly': 'x'.repeat(10_000),
      'c-rate-rest': '99999999999999999999',
    };
    const query = new URLSearchParams({ ...hostile, 'c-other': '12' });
    history.replaceState(null, '', `/en/x/?${query}`);
    const { container } = renderCalculator('en');
    await settle();
    // Dropped fields are empty; a dropped rate falls back to the parameter's rate.
    const values = Object.fromEntries(Object.keys(hostile).map((id) => [id, container.querySelector<HTMLInputElement>(`#${id}`)!.value]));
    expect(values).toEqual({ 'c-rest': '', 'c-europe': '', 'c-hours': '', 'c-admin': '', 'c-hourly': '', 'c-rate-rest': '22,000' });
    expect(container.querySelector<HTMLInputElement>('#c-other')!.value).toBe('12');
    expect(container.querySelector('script, img')).toBeNull();
    expect(container.innerHTML).not.toMatch(/onerror|alert|<script|1e308|xxxxxxxx/);
  });

  test('"Start again" clears the fields and its own URL keys only', async () => {
    history.replaceState(null, '', '/sv/x/?c-rest=10&c-hours=5&c-hourly=400&q-a=yes');
    const { container } = renderCalculator('sv');
    await verdictShown(container);
    fireEvent.click(container.querySelector('[data-start-again]')!);
    await settle();
    expect(container.querySelector<HTMLInputElement>('#c-rest')!.value).toBe('');
    expect(container.querySelector('[data-verdict]')).toBeNull();
    expect(location.search).toBe('?q-a=yes');
  });
});

describe('structure', () => {
  test('every field has a label and the participant and own-cost groups are fieldsets with legends', () => {
    const { container } = renderCalculator('sv');
    for (const input of container.querySelectorAll('input')) {
      expect(container.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
    }
    expect(container.querySelectorAll('fieldset > legend')).toHaveLength(2);
    expect(container.querySelector('[aria-live="polite"]')).not.toBeNull();
  });

  test('each flat rate shows its source and the "check the current call" note (a secondary fact)', () => {
    const { container } = renderCalculator('en');
    for (const id of ['c-rate-europe', 'c-rate-rest']) {
      const hint = container.querySelector(`#${id}-hint`)!;
      expect(hint.querySelector('.cf-check-call')).not.toBeNull();
    }
  });

  test('the share bar has a marker at the minimum share from the parameters and a text equivalent', async () => {
    const { container } = renderCalculator('sv');
    typeFixture(container, coFinancingFixtures[0]!.input, 'sv');
    await verdictShown(container);
    const marker = container.querySelector('.cf-bar__marker')!;
    const { minOwnContributionPercent } = await import('../../../src/rules/params/financing.ts');
    expect(Number(marker.getAttribute('x1'))).toBe(minOwnContributionPercent.values.at(-1)!.value);
    expect(container.querySelector('.cf-bar svg')!.getAttribute('aria-hidden')).toBe('true');
    expect(container.querySelector('.cf-bar figcaption')!.textContent).not.toBe('');
  });
});

describe.each(LOCALES)('where readers stray (%s)', (locale) => {
  const labelText = (container: Element, id: string) => container.querySelector(`label[for="${id}"]`)!.textContent!.trim();

  test.each([
    ['hours without an hourly cost', 'c-hours', 'c-hourly'],
    ['an hourly cost without hours', 'c-hourly', 'c-hours'],
  ])('%s is half an answer: the form asks for the other half and shows no verdict', async (_case, given, missing) => {
    const { container } = renderCalculator(locale);
    typeInto(container, 'c-rest', '10');
    typeInto(container, given, '400');
    fireEvent.submit(container.querySelector('form')!);
    await settle();
    const summary = container.querySelector<HTMLElement>('[data-error-summary]');
    expect(summary).not.toBeNull();
    expect([...summary!.querySelectorAll('li')].map((li) => li.getAttribute('data-field'))).toEqual([missing]);
    expect(container.querySelector(`#${missing}`)!.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('[data-verdict]')).toBeNull();
  });

  test('each error summary entry names its field before the problem', async () => {
    const { container } = renderCalculator(locale);
    typeInto(container, 'c-rest', 'ten');
    typeInto(container, 'c-admin', '-5');
    fireEvent.submit(container.querySelector('form')!);
    await settle();
    const entries = [...container.querySelectorAll('[data-error-summary] li')];
    expect(entries.map((li) => li.getAttribute('data-field'))).toEqual(['c-rest', 'c-admin']);
    for (const li of entries) {
      const id = li.getAttribute('data-field')!;
      // The rest-of-world count is labelled in its zone: the summary names the zone too.
      expect(li.textContent!.toLowerCase()).toContain(labelText(container, id).toLowerCase());
    }
  });

  test('what a reader typed into the server-rendered form before hydration is kept and saved', async () => {
    history.replaceState(null, '', '/sv/x/');
    const container = document.createElement('div');
    document.body.append(container);
    container.innerHTML = renderToString(calculator(locale));
    const rest = container.querySelector<HTMLInputElement>('#c-rest')!;
    rest.value = '12';
    expect(container.querySelector<HTMLButtonElement>('[data-submit]')!.disabled).toBe(true);
    hydrate(calculator(locale), container);
    await settle();
    await settle();
    expect(container.querySelector<HTMLInputElement>('#c-rest')!.value).toBe('12');
    expect(new URLSearchParams(location.search).get('c-rest')).toBe('12');
    expect(container.querySelector<HTMLButtonElement>('[data-submit]')!.disabled).toBe(false);
    await verdictShown(container);
    renderInto(null, container);
    container.remove();
  });

  test('the language switch carries the answers', async () => {
    const link = document.createElement('a');
    link.setAttribute('data-lang-switch', '');
    link.href = '/en/x/';
    document.body.append(link);
    const { container } = renderCalculator(locale);
    typeInto(container, 'c-rest', '10');
    await settle();
    expect(new URL(link.href).searchParams.get('c-rest')).toBe('10');
    expect(new URL(link.href).pathname).toBe('/en/x/');
    link.remove();
  });

  test('a flat rate of 0 kr never reads as "requirement met"', async () => {
    const { container } = renderCalculator(locale);
    typeInto(container, 'c-rest', '10');
    typeInto(container, 'c-rate-rest', '0');
    fireEvent.submit(container.querySelector('form')!);
    await verdictShown(container);
    expect(verdictOf(container)).not.toBe('eligible');
  });
});

describe.each(LOCALES)('the day the rules apply on (%s)', (locale) => {
  const asOfShown = (container: Element) => container.querySelector('[data-as-of]')?.getAttribute('data-as-of');

  test('the page states its date, and the rates shown are the ones the check uses', async () => {
    history.replaceState(null, '', '/sv/x/?c-rest=10&c-other=220000');
    const { container } = renderCalculator(locale);
    await verdictShown(container);
    expect(asOfShown(container)).toBe(FIXTURE_DATE);
    const shownRate = container.querySelector<HTMLInputElement>('#c-rate-rest')!.value.replace(/\D/g, '');
    expect(Number(shownRate) * 100 * 10).toBe(readFigures(container)?.grantOre);
  });

  test('?asOf= before any flat rate: no rates shown, no verdict, and a note that says so', async () => {
    history.replaceState(null, '', '/sv/x/?asOf=2025-06-01&c-rest=10&c-other=220000');
    const { container } = renderCalculator(locale);
    await waitFor(() => {
      if (!container.querySelector('[data-no-rules-on]')) throw new Error('no note yet');
    }, ON_USE);
    expect(asOfShown(container)).toBe('2025-06-01');
    expect(container.querySelector('[data-no-rules-on]')!.getAttribute('data-no-rules-on')).toBe('2025-06-01');
    expect(container.querySelector<HTMLInputElement>('#c-rate-rest')!.value).toBe('');
    expect(container.querySelector('[data-verdict]')).toBeNull();
  });

  test('?asOf= that is no real day: the page’s date applies and the widget says the address’s date was not one', async () => {
    history.replaceState(null, '', '/sv/x/?asOf=2026-02-30&c-rest=10');
    const { container } = renderCalculator(locale);
    await verdictShown(container);
    expect(asOfShown(container)).toBe(FIXTURE_DATE);
    const withNote = container.querySelector('[data-as-of]')!.textContent!;
    expect(withNote).not.toContain('2026-02-30');
    cleanup();
    history.replaceState(null, '', '/sv/x/?c-rest=10');
    const plain = renderCalculator(locale).container.querySelector('[data-as-of]')!.textContent!;
    // The invalid date adds a sentence to the line; the line itself is the same.
    expect(withNote.startsWith(plain)).toBe(true);
    expect(withNote.length).toBeGreaterThan(plain.length);
  });
});
