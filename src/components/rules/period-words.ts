/**
 * A value's period and its standing on the page's day, in words, shared by the
 * rules page and the changes page: "1 januari 2026 – 31 december 2026",
 * "från 1 januari 2026, tills vidare", or, without a start date, the day the
 * text was read.
 */
import { formatDate, formatStart } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { fill, ui } from '../../i18n/ui/index.ts';
import type { DatedValue, IsoDate } from '../../rules/parameter.ts';

export function periodWords(
  period: { from: IsoDate | null; fromGiven?: 'year' | undefined; to: IsoDate | null | undefined; readOn: IsoDate },
  locale: Locale,
): string {
  const t = ui(locale).rulesPage;
  if (period.from === null) return fill(t.periodUndated, { date: formatDate(period.readOn, locale) });
  const from = formatStart(period.from, locale, period.fromGiven);
  return period.to ? fill(t.periodRange, { from, to: formatDate(period.to, locale) }) : fill(t.periodOpen, { from });
}

export const valuePeriod = (v: DatedValue<unknown>, locale: Locale): string =>
  periodWords({ from: v.validFrom, fromGiven: v.validFromGiven, to: v.validTo, readOn: v.readOn }, locale);

/** How a value stands on `date`: in force, earlier, or later. */
export type Standing = 'in-force' | 'earlier' | 'later';

export function standingOn(v: DatedValue<unknown>, inForce: DatedValue<unknown> | undefined, date: IsoDate): Standing {
  if (v === inForce) return 'in-force';
  return v.validFrom !== null && v.validFrom > date ? 'later' : 'earlier';
}

export function standingLabel(standing: Standing, date: IsoDate, locale: Locale): string {
  const t = ui(locale).rulesPage;
  if (standing === 'in-force') return fill(t.inForceOn, { date: formatDate(date, locale) });
  return standing === 'later' ? t.later : t.earlier;
}
