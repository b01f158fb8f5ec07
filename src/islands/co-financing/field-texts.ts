/**
 * What the reader sees in a field for a value: a number in the page's
 * language (`220 000`, `7,5`), money without the currency (the label says
 * it). Used when answers are restored (URL, preset) and for the default
 * rates on the server (page-data.ts); it is part of what loads on use, so the
 * number formatting is not in the form's first download.
 */
import { formatNumber } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { FIELD_NAMES, FIELDS, isRate, type FieldName, type Values } from './fields.ts';
import type { RateField, Texts } from './form-state.ts';

/** A parsed value as the field shows it. */
export function toFieldText(name: FieldName, value: number, locale: Locale): string {
  if (FIELDS[name].kind === 'money') return formatNumber(value / 100, locale, 2);
  return formatNumber(value, locale, 2);
}

/** Field texts for a set of values; rates not given show the parameters' rates (`defaults`, in öre). */
export function textsFor(values: Values, locale: Locale, defaults: Readonly<Record<RateField, number>>): Texts {
  const texts = {} as Texts;
  for (const name of FIELD_NAMES) {
    const value = values[name] ?? (isRate(name) ? defaults[name as RateField] : undefined);
    texts[name] = value === undefined ? '' : toFieldText(name, value, locale);
  }
  return texts;
}
