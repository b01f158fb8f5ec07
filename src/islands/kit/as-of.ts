/**
 * The day whose rules a widget applies: one date per page view, the same for
 * the check and for the rates and notes the widget shows beside the form. The
 * page is built with its build date and says so; `?asOf=YYYY-MM-DD` in the
 * address asks about another day. `asked` says whether the address asked at
 * all and `valid` whether it named a real day, so a widget can say "that is
 * not a date" instead of quietly using another day. The address's text
 * itself is never shown.
 */
import { AS_OF_PATH, isIsoDate } from '../../rules/iso-date.ts';
import type { IsoDate } from '../../rules/parameter.ts';

/** The query key, the same name the checks give the date's field error. */
export const AS_OF_PARAM = AS_OF_PATH;

export interface AsOf {
  readonly asOf: IsoDate;
  readonly asked: boolean;
  readonly valid: boolean;
}

export function asOfIn(search: string, pageDate: IsoDate): AsOf {
  const asked = new URLSearchParams(search).get(AS_OF_PARAM);
  if (asked === null) return { asOf: pageDate, asked: false, valid: true };
  return isIsoDate(asked) ? { asOf: asked, asked: true, valid: true } : { asOf: pageDate, asked: true, valid: false };
}

/**
 * The same address with another day asked for: the widget's answers (its own
 * query keys) stay, so the page opens on the same answers under that day's
 * rules, at `landOn` (an element's id) if given, else at the address's own
 * #fragment. An empty day returns to the page's date.
 */
export function addressOnDay(href: string, day: IsoDate | '', landOn?: string): string {
  const url = new URL(href);
  if (day === '') url.searchParams.delete(AS_OF_PARAM);
  else url.searchParams.set(AS_OF_PARAM, day);
  if (landOn) url.hash = landOn;
  return url.href;
}
