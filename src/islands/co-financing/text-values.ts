/**
 * A value as the URL holds it: one plain form (`220000`, `7.5`) that both
 * languages read back. How a field shows a value in the page's language is
 * field-texts.ts (it needs Intl formatting, which loads on use).
 */
import { FIELDS, type FieldName } from './fields.ts';

/** A parsed value as the URL holds it. */
export function toUrlText(name: FieldName, value: number): string {
  if (FIELDS[name].kind === 'money') return value % 100 === 0 ? String(value / 100) : (value / 100).toFixed(2);
  return String(value);
}
