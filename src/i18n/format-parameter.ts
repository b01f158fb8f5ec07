import type { Parameter } from '../rules/parameter.ts';
import { current } from '../rules/parameter.ts';
import { formatNumber, formatPercent, formatSek } from './format.ts';
import type { Locale } from './locales.ts';

/**
 * A parameter's current value as the prose states it: `4`, `50 %`,
 * `22 000 kr`, `2023`. Lists render as their length; pages that list the
 * members render them themselves.
 */
export function formatParameter(parameter: Parameter, locale: Locale, date?: string): string {
  const value = current(parameter, date);
  if (Array.isArray(value)) return formatNumber(value.length, locale);
  if (typeof value !== 'number') return String(value);
  switch (parameter.unit) {
    case 'percent':
      return formatPercent(value, locale, 0);
    case 'sek':
      return formatSek(value, locale);
    case 'year':
      return String(value);
    default:
      return formatNumber(value, locale);
  }
}
