/**
 * Types a co-financing fixture's input into the calculator the way a reader
 * would in each language: `18 850,41 kr` in Swedish, `SEK 18,850.41` in
 * English, hours with a decimal comma or point. Rates are typed only when the
 * fixture enters them (otherwise the parameter's rate stays).
 */
import { fireEvent } from '@testing-library/preact';
import { formatNumber } from '../../../src/i18n/format.ts';
import type { Locale } from '../../../src/i18n/locales.ts';
import type { CoFinancingInput } from '../../../src/rules/co-financing/schema.ts';

export const moneyText = (ore: number, locale: Locale): string =>
  locale === 'sv' ? `${formatNumber(ore / 100, 'sv', 2)} kr` : `SEK ${formatNumber(ore / 100, 'en', 2)}`;

export const hoursText = (hours: number, locale: Locale): string =>
  locale === 'sv' ? String(hours).replace('.', ',') : String(hours);

export function typeInto(container: Element, id: string, text: string): void {
  const input = container.querySelector<HTMLInputElement>(`#${id}`);
  if (!input) throw new Error(`no field #${id}`);
  fireEvent.input(input, { target: { value: text } });
  fireEvent.change(input);
}

export function typeFixture(container: Element, input: CoFinancingInput, locale: Locale): void {
  typeInto(container, 'c-europe', String(input.participants.europeOutsideEuEea));
  typeInto(container, 'c-rest', String(input.participants.restOfWorld));
  const rates = input.flatRatesOre;
  if (rates?.europeOutsideEuEea !== undefined) typeInto(container, 'c-rate-europe', moneyText(rates.europeOutsideEuEea, locale));
  if (rates?.restOfWorld !== undefined) typeInto(container, 'c-rate-rest', moneyText(rates.restOfWorld, locale));
  typeInto(container, 'c-hours', hoursText(input.staffHours, locale));
  typeInto(container, 'c-hourly', moneyText(input.hourlyCostOre, locale));
  typeInto(container, 'c-admin', moneyText(input.adminCostsOre, locale));
  typeInto(container, 'c-other', moneyText(input.otherOwnCostsOre, locale));
}

/** The figures the result exposes as numbers (data attributes), null where empty. */
export function readFigures(container: Element) {
  const el = container.querySelector<HTMLElement>('[data-grant-ore]');
  if (!el) return null;
  const num = (name: string) => {
    const raw = el.getAttribute(name);
    return raw === null || raw === '' ? null : Number(raw);
  };
  return {
    grantOre: num('data-grant-ore'),
    ownContributionOre: num('data-own-contribution-ore'),
    totalOre: num('data-total-ore'),
    ownShareBasisPoints: num('data-own-share-basis-points'),
    shortfallOre: num('data-shortfall-ore'),
    staffHoursToCover: num('data-staff-hours-to-cover'),
  };
}
