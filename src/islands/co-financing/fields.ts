/**
 * The calculator's fields: how each is read (count, hours, money), its id and
 * URL key (`c-<name>`), and where its value goes in the co-financing check's
 * input. The island, the URL state and the tests all work from this table.
 */
import type { Locale } from '../../i18n/locales.ts';
import { INPUT_LIMITS as L } from '../../rules/limits.ts';
import { parseCount, parseHours, parseMoney, type Parsed } from '../kit/parse.ts';

export const PREFIX = 'c';

export type FieldKind = 'count' | 'hours' | 'money';

export const FIELD_NAMES = ['europe', 'rest', 'rate-europe', 'rate-rest', 'hours', 'hourly', 'admin', 'other'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

export interface FieldSpec {
  readonly kind: FieldKind;
  /** The field's path in CoFinancingInput, as the check reports errors. */
  readonly path: string;
  /** The largest value the check's schema accepts (src/rules/limits.ts), in the field's unit. */
  readonly max: number;
}

export const FIELDS: Readonly<Record<FieldName, FieldSpec>> = {
  europe: { kind: 'count', path: 'participants.europeOutsideEuEea', max: L.maxParticipants },
  rest: { kind: 'count', path: 'participants.restOfWorld', max: L.maxParticipants },
  'rate-europe': { kind: 'money', path: 'flatRatesOre.europeOutsideEuEea', max: L.maxFlatRateOre },
  'rate-rest': { kind: 'money', path: 'flatRatesOre.restOfWorld', max: L.maxFlatRateOre },
  hours: { kind: 'hours', path: 'staffHours', max: L.maxStaffHours },
  hourly: { kind: 'money', path: 'hourlyCostOre', max: L.maxHourlyCostOre },
  admin: { kind: 'money', path: 'adminCostsOre', max: L.maxAmountOre },
  other: { kind: 'money', path: 'otherOwnCostsOre', max: L.maxAmountOre },
};

export const fieldId = (name: FieldName): string => `${PREFIX}-${name}`;

export const PARSERS: Readonly<Record<FieldKind, (input: string, locale?: Locale) => Parsed<number>>> = {
  count: parseCount,
  hours: parseHours,
  money: parseMoney,
};

/** Rate fields must hold a rate; the others may be left empty and then count as 0. */
export const isRate = (name: FieldName): boolean => name === 'rate-europe' || name === 'rate-rest';

/** Parsed field values: counts, hours, money in öre. */
export type Values = Partial<Record<FieldName, number>>;
