/**
 * The day whose rules a widget applies: one date per page view, the same for
 * the check and for the rates and notes the page shows beside the form. The
 * page is built with its build date and says so; `?asOf=YYYY-MM-DD` in the
 * address asks about another day (a real calendar date, or it is ignored).
 */
import type { IsoDate } from '../../rules/parameter.ts';

export const AS_OF_PARAM = 'asOf';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in ISO form (`2026-02-30` is not one). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** The page's date unless the address asks for a valid other one. */
export function asOfFor(search: string, pageDate: IsoDate): IsoDate {
  const asked = new URLSearchParams(search).get(AS_OF_PARAM);
  return asked !== null && isIsoDate(asked) ? asked : pageDate;
}
