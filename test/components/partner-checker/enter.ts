/**
 * Drives the rendered partner checker like a reader: sets the count, picks the
 * radios, adds rows with the Add buttons, types each country's name in the
 * page's language and picks each level, then presses Check. Reads the result
 * back from data attributes only.
 */
import { fireEvent, waitFor } from '@testing-library/preact';
import { countryName } from '../../../src/i18n/format.ts';
import type { Locale } from '../../../src/i18n/locales.ts';
import type { PartnershipInput } from '../../../src/rules/index.ts';

/** The day the tests ask about: today, as the page's build date would be (the checks' default). */
export const AS_OF = new Date().toISOString().slice(0, 10);

const q = <E extends Element>(root: ParentNode, selector: string): E => {
  const el = root.querySelector<E>(selector);
  if (!el) throw new Error(`No element ${selector}`);
  return el;
};

const rowsOf = (root: ParentNode, side: 'swedish' | 'foreign') => [...root.querySelectorAll(`[data-row="${side}"]`)];

function setSelect(select: HTMLSelectElement, value: string) {
  select.value = value;
  fireEvent.change(select);
}

/** Adds or removes rows (with the buttons) until `side` has `n` rows. */
function rowCount(root: ParentNode, side: 'swedish' | 'foreign', n: number) {
  const add = side === 'swedish' ? '#pc-add-se' : '#pc-add-abroad';
  while (rowsOf(root, side).length < n) fireEvent.click(q(root, add));
  while (rowsOf(root, side).length > n) {
    const last = rowsOf(root, side).at(-1)!;
    fireEvent.click(q(last, 'button'));
  }
}

export function enter(root: ParentNode, input: PartnershipInput, locale: Locale) {
  const participants = q<HTMLInputElement>(root, '#pc-participants');
  participants.value = String(input.participants);
  fireEvent.input(participants);
  fireEvent.click(q(root, `#pc-type-${input.exchangeType}`));

  rowCount(root, 'swedish', input.swedishSchools.length);
  input.swedishSchools.forEach((school, i) => setSelect(q(rowsOf(root, 'swedish')[i]!, 'select'), school.level));

  rowCount(root, 'foreign', input.foreignSchools.length);
  input.foreignSchools.forEach((school, i) => {
    const row = rowsOf(root, 'foreign')[i]!;
    const country = q<HTMLInputElement>(row, 'input');
    country.value = countryName(school.country, locale);
    fireEvent.input(country);
    setSelect(q(row, 'select'), school.level);
  });

  fireEvent.click(q(root, `#pc-visits-${input.fundedVisitsToSweden ? 'yes' : 'no'}`));
}

/**
 * Presses Check and waits until the widget has answered: the verdict (the
 * result part loads on use) or the error summary.
 */
export async function submit(root: ParentNode) {
  fireEvent.click(q(root, 'button[type="submit"]'));
  await waitFor(() => {
    if (!root.querySelector('[data-verdict], [data-error-summary]')) throw new Error('no answer yet');
  });
}

export const verdictOf = (root: ParentNode) => root.querySelector('[data-verdict]')?.getAttribute('data-verdict') ?? null;

/** The distinct rule keys shown, sorted. */
export const rulesOf = (root: ParentNode) =>
  [...new Set([...root.querySelectorAll('[data-rule]')].map((e) => e.getAttribute('data-rule')!))].sort();

export const errorFieldsOf = (root: ParentNode) =>
  [...root.querySelectorAll('[data-error-summary] [data-field]')].map((e) => e.getAttribute('data-field'));
