/**
 * A parameter value as the rules page shows it, in the reader's language:
 * numbers through src/i18n (Swedish `22 000 kr`), lists by their names.
 */
import { countryName, formatNumber, formatPercent, formatSek } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { fill, ui } from '../../i18n/ui/index.ts';
import { terms } from '../../i18n/terms/index.ts';
import type { Unit } from '../../rules/parameter.ts';

/** The names of a term-list parameter's members, from src/i18n/terms. */
function termNames(parameterKey: string, locale: Locale): Readonly<Record<string, string>> {
  const t = terms[locale];
  switch (parameterKey) {
    case 'exchangeTypes':
      return t.exchangeTypes;
    case 'allowedSchoolLevels':
      return t.schoolLevels;
    case 'eligibleApplicants':
      return t.applicants;
    default:
      return {};
  }
}

export interface ShownValue {
  /** The value in words, e.g. "22 000 kr" or "27 länder". */
  readonly summary: string;
  /** For lists: each member's name, in the language's alphabetical order. */
  readonly members?: readonly string[];
}

export function showValue(value: unknown, unit: Unit, locale: Locale, parameterKey: string): ShownValue {
  const t = ui(locale).rulesPage;
  if (Array.isArray(value)) {
    const keys = value.map(String);
    if (unit === 'country-list') {
      const names = keys.map((code) => countryName(code, locale)).sort((a, b) => a.localeCompare(b, locale));
      return { summary: `${formatNumber(keys.length, locale)} ${t.countries}`, members: names };
    }
    const names = termNames(parameterKey, locale);
    return { summary: keys.map((k) => names[k] ?? k).join(', ') };
  }
  if (typeof value !== 'number') return { summary: String(value) };
  switch (unit) {
    case 'percent':
      return { summary: formatPercent(value, locale, 0) };
    case 'sek':
      return { summary: formatSek(value, locale) };
    case 'year':
      return { summary: String(value) };
    case 'weeks':
      return { summary: fill(t.units.weeks, { n: formatNumber(value, locale) }) };
    case 'per-year':
      return { summary: fill(t.units.perYear, { n: formatNumber(value, locale) }) };
    default:
      return { summary: formatNumber(value, locale) };
  }
}
