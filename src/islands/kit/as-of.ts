/**
 * The day whose rules a widget applies: one date per page view, the same for
 * the check and for the rates and notes the page shows beside the form. The
 * page is built with its build date and says so; `?asOf=YYYY-MM-DD` in the
 * address asks about another day (a real calendar date, or it is ignored).
 */
import { AS_OF_PATH, isIsoDate } from '../../rules/as-of.ts';
import type { IsoDate } from '../../rules/parameter.ts';

/** The query key, the same name the checks give the date's field error. */
export const AS_OF_PARAM = AS_OF_PATH;

/** The page's date unless the address asks for a valid other one. */
export function asOfFor(search: string, pageDate: IsoDate): IsoDate {
  const asked = new URLSearchParams(search).get(AS_OF_PARAM);
  return asked !== null && isIsoDate(asked) ? asked : pageDate;
}
