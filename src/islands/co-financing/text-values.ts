/**
 * Between what the reader sees in a field and what the URL and the check hold:
 * a number is shown in the page's language (`220 000`, `7,5`), and written to
 * the URL in one plain form (`220000`, `7.5`) that both languages read back.
 */
import { formatNumber } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { FIELDS, type FieldName } from './fields.ts';

/** A parsed value as the field shows it; money without the currency (the label says it). */
export function toFieldText(name: FieldName, value: number, locale: Locale): string {
  if (FIELDS[name].kind === 'money') return formatNumber(value / 100, locale, 2);
  return formatNumber(value, locale, 2);
}

/** A parsed value as the URL holds it. */
export function toUrlText(name: FieldName, value: number): string {
  if (FIELDS[name].kind === 'money') return value % 100 === 0 ? String(value / 100) : (value / 100).toFixed(2);
  return String(value);
}
