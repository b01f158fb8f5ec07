/**
 * The calculator's answers in the URL (`?c-rest=10&c-hours=120`). Each field
 * is read with the kit's number parser and held to the bound the check's
 * schema sets for it (src/rules/limits.ts), so a value the check would refuse
 * (a fraction of a participant, 10^20 kronor, `<script>`) drops that field
 * only. Writing goes through the kit's useWidgetState (form-state.ts).
 */
import type { Locale } from '../../i18n/locales.ts';
import { readUrlState, type FieldParser } from '../kit/url-state.ts';
import { FIELD_NAMES, FIELDS, PARSERS, PREFIX, type FieldName, type Values } from './fields.ts';

/** One field's value if it parses and lies within the check's bound, else undefined. */
export function acceptField(name: FieldName, text: string, locale?: Locale): number | undefined {
  const parsed = PARSERS[FIELDS[name].kind](text, locale);
  return parsed.ok && parsed.value <= FIELDS[name].max ? parsed.value : undefined;
}

const PARSER_TABLE = Object.fromEntries(
  FIELD_NAMES.map((name) => [name, ((raw: string) => acceptField(name, raw)) satisfies FieldParser<number>]),
) as Record<FieldName, FieldParser<number>>;

export const readValuesFromUrl = (search?: string): Values => readUrlState<Record<FieldName, number>>(PREFIX, PARSER_TABLE, search);
