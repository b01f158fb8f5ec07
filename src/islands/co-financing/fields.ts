/**
 * The calculator's fields: how each is read (count, hours, money), its id and
 * URL key (`c-<name>`, also the input's name), and the largest value the
 * check accepts. The island, the URL state and the tests all work from this table.
 */
import type { Locale } from '../../i18n/locales.ts';
import { INPUT_LIMITS as L } from '../../rules/limits.ts';
import { parseCount, parseHours, type Parsed } from '../kit/parse.ts';
import { parseMoney } from '../kit/parse-money.ts';

export const PREFIX = 'c';

export type FieldKind = 'count' | 'hours' | 'money';

export const FIELD_NAMES = ['europe', 'rest', 'rate-europe', 'rate-rest', 'hours', 'hourly', 'admin', 'other'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

export interface FieldSpec {
  readonly kind: FieldKind;
  /** The largest value the check's schema accepts (src/rules/limits.ts), in the field's unit. */
  readonly max: number;
}

export const FIELDS: Readonly<Record<FieldName, FieldSpec>> = {
  europe: { kind: 'count', max: L.maxParticipants },
  rest: { kind: 'count', max: L.maxParticipants },
  'rate-europe': { kind: 'money', max: L.maxFlatRateOre },
  'rate-rest': { kind: 'money', max: L.maxFlatRateOre },
  hours: { kind: 'hours', max: L.maxStaffHours },
  hourly: { kind: 'money', max: L.maxHourlyCostOre },
  admin: { kind: 'money', max: L.maxAmountOre },
  other: { kind: 'money', max: L.maxAmountOre },
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
