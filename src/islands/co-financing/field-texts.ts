/**
 * What the reader sees in a field for a value: a number in the page's
 * language (`220 000`, `7,5`), money without the currency (the label says
 * it). Used when answers are restored (URL, preset) and for the flat rates
 * on the server (page-data.ts).
 */
import { formatNumber } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { FIELD_NAMES, FIELDS, type FieldName, type Values } from './fields.ts';
import type { Texts } from './form-state.ts';

/** A parsed value as the field shows it. */
export function toFieldText(name: FieldName, value: number, locale: Locale): string {
  if (FIELDS[name].kind === 'money') return formatNumber(value / 100, locale, 2);
  return formatNumber(value, locale, 2);
}

/** Field texts for a set of values; a field without a value is empty (a rate not given shows its period's rate, form-state.ts). */
export function textsFor(values: Values, locale: Locale): Texts {
  const texts = {} as Texts;
  for (const name of FIELD_NAMES) {
    const value = values[name];
    texts[name] = value === undefined ? '' : toFieldText(name, value, locale);
  }
  return texts;
}
