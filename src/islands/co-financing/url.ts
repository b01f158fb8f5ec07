/**
 * The calculator's answers in the URL (`?c-rest=10&c-hours=120`). Each field
 * is read with the kit's number parser and held to the bound the check's
 * schema sets for it (src/rules/limits.ts), so a value the check would refuse
 * (a fraction of a participant, 10^20 kronor, `<script>`) drops that field
 * only. The schema itself runs when the result part has loaded, over the whole
 * input; a field it still refuses is shown as an error.
 *
 * (The schema is not used here because it would bring zod into the form's
 * first download; see result-part.tsx.)
 */
import type { Locale } from '../../i18n/locales.ts';
import { readUrlState, writeUrlState, type FieldParser, type UrlValue } from '../kit/url-state.ts';
import { FIELD_NAMES, FIELDS, PARSERS, PREFIX, type FieldName, type Values } from './fields.ts';
import { toUrlText } from './text-values.ts';

/** One field's value if it parses and lies within the check's bound, else undefined. */
export function acceptField(name: FieldName, text: string, locale?: Locale): number | undefined {
  const parsed = PARSERS[FIELDS[name].kind](text, locale);
  return parsed.ok && parsed.value <= FIELDS[name].max ? parsed.value : undefined;
}

const PARSER_TABLE = Object.fromEntries(
  FIELD_NAMES.map((name) => [name, ((raw: string) => acceptField(name, raw)) satisfies FieldParser<number>]),
) as Record<FieldName, FieldParser<number>>;

export const readValuesFromUrl = (search?: string): Values => readUrlState<Record<FieldName, number>>(PREFIX, PARSER_TABLE, search);

/** Writes the valid values; a field left out (empty, invalid, default rate) loses its key. */
export function writeValuesToUrl(values: Values): void {
  const out: Record<string, UrlValue> = {};
  for (const name of FIELD_NAMES) {
    const value = values[name];
    out[name] = value === undefined ? undefined : toUrlText(name, value);
  }
  writeUrlState(PREFIX, out);
}
