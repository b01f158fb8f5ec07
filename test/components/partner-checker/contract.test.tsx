// @vitest-environment happy-dom
/**
 * The partner checker on the widget contract (docs/adr/0006), in happy-dom:
 * what a reader typed into the server-rendered form before hydration is kept
 * and written to the URL; the submit button waits for hydration; the first
 * Check on a bad entry shows the error summary at once (the form reading is
 * up front), each entry led by its field's label or its row's legend as the
 * DOM shows it; the language switch link carries the answers.
 */
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { hydrate } from 'preact';
import { act } from 'preact/test-utils';
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, test } from 'vitest';
import { partnerCheckerText } from '../../../src/i18n/widgets/partner-checker.ts';
import PartnerChecker from '../../../src/islands/partner-checker/PartnerChecker.tsx';
import type { Locale } from '../../../src/i18n/locales.ts';
import { AS_OF, errorFieldsOf, verdictOf } from './enter.ts';
import { formChoices } from '../../../src/components/widgets/partner-checker/choices.ts';
import { kitStrings } from '../../../src/i18n/widgets/kit.ts';

const CHOICES = formChoices();

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
  history.replaceState(null, '', '/');
});

const island = (locale: Locale) => <PartnerChecker locale={locale} kit={kitStrings[locale]} asOf={AS_OF} text={partnerCheckerText(locale)} choices={CHOICES} />;

/** The page as the server sends it: the island's HTML, not yet hydrated. */
function serverRendered(locale: Locale): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = renderToString(island(locale));
  document.body.append(container);
  return container;
}

const $ = <E extends Element>(root: ParentNode, selector: string) => root.querySelector<E>(selector)!;

describe.each(['sv', 'en'] as const)('%s', (locale) => {
  test('the server-rendered submit button is disabled until the island has hydrated', () => {
    const container = serverRendered(locale);
    expect($<HTMLButtonElement>(container, 'button[type="submit"]').disabled).toBe(true);
    expect(container.querySelector('[data-ready]')).toBeNull();
    act(() => hydrate(island(locale), container));
    expect($<HTMLButtonElement>(container, 'button[type="submit"]').disabled).toBe(false);
    expect(container.querySelector('[data-ready]')).not.toBeNull();
  });

  test('what was typed and chosen before hydration is kept and goes to the URL, over what the URL said', () => {
    history.replaceState(null, '', '/?p-n=3&p-a1=KE:compulsory');
    const container = serverRendered(locale);
    $<HTMLInputElement>(container, '#pc-participants').value = '16';
    $<HTMLInputElement>(container, '#pc-type-teachers-only').checked = true;
    $<HTMLSelectElement>(container, '#pc-se-0-level').value = 'upper-secondary';
    $<HTMLInputElement>(container, '#pc-abroad-1-country').value = locale === 'sv' ? 'Indien' : 'India';
    $<HTMLInputElement>(container, '#pc-visits-no').checked = true;
    act(() => hydrate(island(locale), container));

    expect($<HTMLInputElement>(container, '#pc-participants').value).toBe('16');
    expect($<HTMLInputElement>(container, '#pc-type-teachers-only').checked).toBe(true);
    expect($<HTMLSelectElement>(container, '[data-row="swedish"] select').value).toBe('upper-secondary');
    expect($<HTMLInputElement>(container, '[data-row="foreign"] input').value).toBe(locale === 'sv' ? 'Indien' : 'India');
    // The URL's level for that row is kept where nothing was typed over it.
    expect($<HTMLSelectElement>(container, '[data-row="foreign"] select').value).toBe('compulsory');
    const query = new URLSearchParams(location.search);
    expect(Object.fromEntries([...query].filter(([k]) => k.startsWith('p-')))).toEqual({
      'p-n': '16',
      'p-type': 'teachers-only',
      'p-s1': 'upper-secondary',
      'p-a1': 'IN:compulsory',
      'p-visits': 'no',
    });
  });

  test('the first Check on a bad entry shows the error summary at once, focused, each entry led by what the form calls the field', () => {
    const { container } = render(island(locale));
    const participants = $<HTMLInputElement>(container, '#pc-participants');
    participants.value = 'tre';
    fireEvent.input(participants);
    fireEvent.click($(container, 'button[type="submit"]'));
    // No waiting: the summary does not depend on the part loaded on use.
    expect(errorFieldsOf(container)).toEqual(['pc-participants', 'pc-type-teachers-only', 'pc-se-0-level', 'pc-abroad-1-country', 'pc-abroad-1-level', 'pc-visits-yes']);
    expect(document.activeElement?.id).toBe('pc-errors');
    const entry = (id: string) => $(container, `[data-error-summary] [data-field="${id}"]`).textContent!.trim();
    const text = (el: Element | null | undefined) => el!.textContent!.trim();
    expect(entry('pc-participants').startsWith(text(container.querySelector('label[for="pc-participants"]')))).toBe(true);
    expect(entry('pc-type-teachers-only').startsWith(text(container.querySelector('#pc-type > legend')))).toBe(true);
    for (const id of ['pc-se-0-level', 'pc-abroad-1-country', 'pc-abroad-1-level']) {
      const legend = $(container, `#${id}`).closest('fieldset.pc-row')!.querySelector(':scope > legend');
      expect(entry(id).startsWith(text(legend))).toBe(true);
    }
    expect(verdictOf(container)).toBeNull();
  });

  test('the language switch link carries the answers as they are typed', () => {
    const link = document.createElement('a');
    link.href = `${location.origin}/${locale === 'sv' ? 'en/project-structure' : 'sv/projektets-uppbyggnad'}/`;
    link.setAttribute('data-lang-switch', '');
    document.body.append(link);
    const { container } = render(island(locale));
    const participants = $<HTMLInputElement>(container, '#pc-participants');
    participants.value = '12';
    fireEvent.input(participants);
    fireEvent.click($(container, '#pc-visits-yes'));
    const carried = new URL(link.href).searchParams;
    expect(carried.get('p-n')).toBe('12');
    expect(carried.get('p-visits')).toBe('yes');
  });

  test('the printed link reopens the answers from the parsed state, without the address bar’s fragment', async () => {
    history.replaceState(null, '', '/x/?p-n=16&p-type=teachers-only&p-s1=compulsory&p-a1=KE:compulsory&p-visits=no&p-zz=ATLASX#%22%3E%3Cimg%20src=x%3EATLASX');
    const { container } = render(island(locale));
    await waitFor(() => expect(verdictOf(container)).not.toBeNull(), { timeout: 15_000 });
    const printed = $(container, '[data-print-summary] .kit-print-summary__link').textContent!;
    expect(new URL(printed).search).toBe('?p-n=16&p-type=teachers-only&p-visits=no&p-s1=compulsory&p-a1=KE%3Acompulsory');
    expect(printed).not.toContain('ATLASX');
  });

  const COMPLETE = 'p-n=16&p-type=teachers-only&p-s1=compulsory&p-a1=KE:compulsory&p-visits=no';

  test('?asOf= asks about another day: the widget states it and the check applies it; a day the rules do not cover gives no verdict', async () => {
    history.replaceState(null, '', `/x/?${COMPLETE}&asOf=2000-01-01`);
    const { container } = render(island(locale));
    expect($(container, '[data-as-of]').getAttribute('data-as-of')).toBe('2000-01-01');
    await waitFor(() => expect(container.querySelector('[data-no-rules-on="2000-01-01"]')).not.toBeNull(), { timeout: 15_000 });
    expect(verdictOf(container)).toBeNull();
  });

  test('an ?asOf= that is not a real day leaves the page’s date in force', async () => {
    history.replaceState(null, '', `/x/?${COMPLETE}&asOf=2026-02-30`);
    const { container } = render(island(locale));
    expect($(container, '[data-as-of]').getAttribute('data-as-of')).toBe(AS_OF);
    await waitFor(() => expect(verdictOf(container)).not.toBeNull(), { timeout: 15_000 });
  });
});
