/**
 * The calculator's answers in the URL (`?c-rest=10&c-hours=120`). Each field
 * is read with the kit's number parser and then checked against its piece of
 * the rules' input schema, so a value the check would refuse (a fraction of a
 * participant, 10^20 kronor, `<script>`) drops that field only.
 */
import type { Locale } from '../../i18n/locales.ts';
import { coFinancingInputSchema } from '../../rules/co-financing/schema.ts';
import { readUrlState, writeUrlState, type FieldParser, type UrlValue } from '../kit/url-state.ts';
import { FIELD_NAMES, FIELDS, PARSERS, PREFIX, type FieldName, type Values } from './fields.ts';
import { toUrlText } from './text-values.ts';

const shape = coFinancingInputSchema.shape;
const rates = shape.flatRatesOre.def.innerType.shape;

const SCHEMAS: Readonly<Record<FieldName, { safeParse(v: unknown): { success: boolean } }>> = {
  europe: shape.participants.shape.europeOutsideEuEea,
  rest: shape.participants.shape.restOfWorld,
  'rate-europe': rates.europeOutsideEuEea,
  'rate-rest': rates.restOfWorld,
  hours: shape.staffHours,
  hourly: shape.hourlyCostOre,
  admin: shape.adminCostsOre,
  other: shape.otherOwnCostsOre,
};

/** One field's value as the check would accept it, or undefined. URL values carry no locale (plain `1200.5`). */
export function acceptField(name: FieldName, text: string, locale?: Locale): number | undefined {
  const parsed = PARSERS[FIELDS[name].kind](text, locale);
  if (!parsed.ok) return undefined;
  return SCHEMAS[name].safeParse(parsed.value).success ? parsed.value : undefined;
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
