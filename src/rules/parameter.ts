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
  /**
   * `year` when the source names only the year a value applies from ("från
   * och med 2023"): `validFrom` is then that year's first day, our reading for
   * the checks, and pages say the year, not a day no source gives.
   */
  readonly validFromGiven?: 'year';
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

/** Today as an ISO date (UTC), the default day of every look-up. */
export const today = (): IsoDate => new Date().toISOString().slice(0, 10);

/**
 * The value in force on `date` (default: today): the newest value whose period
 * contains the date, or `undefined` when none does (the date lies before the
 * first `validFrom`, or after the last value ended). Values without a start
 * date count as in force from the beginning. The checks use this and turn
 * "no value on this date" into a verdict (see as-of.ts).
 */
export function valueOn<T>(parameter: Parameter<T>, date: IsoDate = today()): DatedValue<T> | undefined {
  const inForce = parameter.values.filter(
    (v) => (v.validFrom === null || v.validFrom <= date) && (v.validTo === undefined || date <= v.validTo),
  );
  return inForce.at(-1);
}

/**
 * The value in force on `date`, for the build and the pages, which state a
 * parameter as of the day they are built. It used to fall back on the oldest
 * value for a date before every period, which let a page or a check state a
 * rule that did not yet apply; now that date is an error the build reports
 * (a RangeError naming the parameter and the date). Code that must not throw
 * asks `valueOn` and handles `undefined`.
 */
export function valueAt<T>(parameter: Parameter<T>, date: IsoDate = today()): DatedValue<T> {
  const chosen = valueOn(parameter, date);
  if (!chosen) throw new RangeError(`Parameter ${parameter.key} has no value in force on ${date}`);
  return chosen;
}

/** Shorthand for the current value itself (throws like valueAt when none is in force). */
export const current = <T>(parameter: Parameter<T>, date?: IsoDate): T => valueAt(parameter, date).value;
