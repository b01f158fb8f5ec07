/**
 * The calculator's fields: how each is read (count, hours, money), its id and
 * URL key (`c-<name>`), and where its value goes in the co-financing check's
 * input. The island, the URL state and the tests all work from this table.
 */
import type { Locale } from '../../i18n/locales.ts';
import { parseCount, parseHours, parseMoney, type Parsed } from '../kit/parse.ts';

export const PREFIX = 'c';

export type FieldKind = 'count' | 'hours' | 'money';

export const FIELD_NAMES = ['europe', 'rest', 'rate-europe', 'rate-rest', 'hours', 'hourly', 'admin', 'other'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

export interface FieldSpec {
  readonly kind: FieldKind;
  /** The field's path in CoFinancingInput, as the check reports errors. */
  readonly path: string;
}

export const FIELDS: Readonly<Record<FieldName, FieldSpec>> = {
  europe: { kind: 'count', path: 'participants.europeOutsideEuEea' },
  rest: { kind: 'count', path: 'participants.restOfWorld' },
  'rate-europe': { kind: 'money', path: 'flatRatesOre.europeOutsideEuEea' },
  'rate-rest': { kind: 'money', path: 'flatRatesOre.restOfWorld' },
  hours: { kind: 'hours', path: 'staffHours' },
  hourly: { kind: 'money', path: 'hourlyCostOre' },
  admin: { kind: 'money', path: 'adminCostsOre' },
  other: { kind: 'money', path: 'otherOwnCostsOre' },
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
