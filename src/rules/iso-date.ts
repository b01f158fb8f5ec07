/**
 * What a day asked about (`asOf`) looks like, on its own: a widget reads
 * `?asOf=` up front with this, while the parameter lookup (as-of.ts) comes with
 * the check on use; in one module the two would travel together up front.
 */
import type { IsoDate } from './parameter.ts';

/** The path of the date's field error, as the widgets name the day (`?asOf=`). */
export const AS_OF_PATH = 'asOf';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in ISO form: `2026-02-30` and `20261122` are not. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
