import type { Source } from './source.ts';

/** ISO date `YYYY-MM-DD`. */
export type IsoDate = string;

/**
 * What a value measures; the UI picks its formatting from this (src/i18n), and
 * the rules page shows it.
 */
export type Unit =
  | 'count' // people or schools
  | 'percent' // 0–100
  | 'sek' // whole kronor
  | 'weeks'
  | 'per-year'
  | 'year'
  | 'country-list' // ISO 3166-1 alpha-2 codes
  | 'term-list'; // keys of terms with names in src/i18n

/**
 * One value of a parameter over a period, like an OpenFisca parameter value:
 * it applies from `validFrom` (null when the source states no start date, in
 * which case it applies as of `readOn`, the day the source was read) until
 * `validTo` if it has ended.
 */
export interface DatedValue<T> {
  readonly value: T;
  readonly validFrom: IsoDate | null;
  readonly validTo?: IsoDate;
  /** The day the source was read for this value. */
  readonly readOn: IsoDate;
  readonly source: Source;
}

export interface Parameter<T = unknown> {
  readonly key: string;
  readonly unit: Unit;
  /** Oldest first. */
  readonly values: readonly DatedValue<T>[];
}

export const defineParameter = <T>(key: string, unit: Unit, values: readonly DatedValue<T>[]): Parameter<T> => ({
  key,
  unit,
  values,
});

/**
 * The value in force on `date` (default: today): the newest value whose period
 * contains the date. Values without a start date count as in force from the
 * beginning. Returns the oldest value if the date lies before every period, so
 * a check always has a number to work with.
 */
export function valueAt<T>(parameter: Parameter<T>, date: IsoDate = new Date().toISOString().slice(0, 10)): DatedValue<T> {
  const inForce = parameter.values.filter(
    (v) => (v.validFrom === null || v.validFrom <= date) && (v.validTo === undefined || date <= v.validTo),
  );
  const chosen = inForce.at(-1) ?? parameter.values[0];
  if (!chosen) throw new Error(`Parameter ${parameter.key} has no values`);
  return chosen;
}

/** Shorthand for the current value itself. */
export const current = <T>(parameter: Parameter<T>, date?: IsoDate): T => valueAt(parameter, date).value;
