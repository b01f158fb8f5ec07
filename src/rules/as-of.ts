/**
 * The day a check is asked about (`asOf`), and the parameter values in force
 * on it. A check cannot give a verdict on a day for which the rules module
 * holds no value of a parameter it needs (before the flat rates of 2026, say):
 * any number it used would be a rule that did not apply then. That is not a
 * finding about the reader's plans, and there are no figures to show, so it
 * is an invalid verdict with a field error at `asOf` (like any other input the
 * check cannot work with), and the check stays total: it never throws.
 */
import type { IsoDate, Parameter } from './parameter.ts';
import { today, valueOn } from './parameter.ts';
import type { FieldError } from './verdict.ts';

import { AS_OF_PATH, isIsoDate } from './iso-date.ts';

export { AS_OF_PATH, isIsoDate };

type ValueOf<P> = P extends Parameter<infer T> ? T : never;

export type InForce<P extends Record<string, Parameter<never> | Parameter<unknown>>> =
  | { readonly ok: true; readonly date: IsoDate; readonly values: { readonly [K in keyof P]: ValueOf<P[K]> } }
  | { readonly ok: false; readonly error: FieldError };

/** The values of `parameters` on `date` (default: today), or the field error that says why there are none. */
export function inForceOn<P extends Record<string, Parameter<unknown>>>(parameters: P, date?: unknown): InForce<P> {
  const day = date === undefined ? today() : date;
  if (!isIsoDate(day)) return { ok: false, error: { path: AS_OF_PATH, message: 'date.not-a-date' } };
  const values: Record<string, unknown> = {};
  for (const [name, parameter] of Object.entries(parameters)) {
    const dated = valueOn(parameter, day);
    if (!dated) return { ok: false, error: { path: AS_OF_PATH, message: 'date.no-value-in-force' } };
    values[name] = dated.value;
  }
  return { ok: true, date: day, values: values as { [K in keyof P]: ValueOf<P[K]> } };
}
