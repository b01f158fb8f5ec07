/**
 * Everything the calculator shows that the page can work out before it
 * reaches the browser (the shape: the island's page-data.ts): the UI strings of one language and, for every period
 * in which the flat rates have one value, the rates as the fields show them
 * and the note beside each (value, date, source, "check the current call").
 * The island picks the period of its day (`?asOf=` or the page's date), so
 * the rates it shows and the rates its check uses are always the same. The
 * wrapper (.astro) passes this as props, so it travels as HTML data instead
 * of JavaScript (both languages' strings and every quote would otherwise be
 * in the island's bundle).
 */
import { formatSek, formatStart } from '../../../i18n/format.ts';
import type { Locale } from '../../../i18n/locales.ts';
import { coFinancingStrings, type CoFinancingStrings } from '../../../i18n/widgets/co-financing.ts';
import { kitStrings } from '../../../i18n/widgets/kit.ts';
import type { Zone } from '../../../rules/co-financing/zones.ts';
import { valueOn, type DatedValue, type IsoDate, type Parameter } from '../../../rules/parameter.ts';
import { flatRateEuropeOutsideEuEea, flatRateRestOfWorld } from '../../../rules/params/financing.ts';
import { fill } from '../../../islands/kit/fill.ts';
import type { SourceLabel } from '../../../islands/kit/types.ts';
import { sourceLabel } from '../source-label.ts';
import { toFieldText } from '../../../islands/co-financing/field-texts.ts';
import type { RateField } from '../../../islands/co-financing/form-state.ts';
import type { CoFinancingPageData } from '../../../islands/co-financing/page-data.ts';
import type { Rates } from '../../../islands/co-financing/rate-periods.ts';

const RATE_PARAMETERS = { 'rate-europe': flatRateEuropeOutsideEuEea, 'rate-rest': flatRateRestOfWorld } as const;
const ZONE_OF: Readonly<Record<RateField, Zone>> = { 'rate-europe': 'europeOutsideEuEea', 'rate-rest': 'restOfWorld' };

/** The first day of the calendar: where a value without a start date begins. */
const ALWAYS = '0000-01-01';

const dayAfter = (date: IsoDate): IsoDate => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function note(dated: DatedValue<number>, locale: Locale, t: CoFinancingStrings): SourceLabel {
  const source = sourceLabel(dated.source, kitStrings[locale]);
  const text = fill(dated.validFrom ? t.rateSource : t.rateNoDate, {
    rate: formatSek(dated.value, locale),
    date: dated.validFrom ? formatStart(dated.validFrom, locale, dated.validFromGiven) : '',
    source: source.text,
  });
  return { text, checkCurrentCall: source.checkCurrentCall };
}

function ratesOn(date: IsoDate, locale: Locale, t: CoFinancingStrings): Rates | null {
  const europe = valueOn(RATE_PARAMETERS['rate-europe'], date);
  const rest = valueOn(RATE_PARAMETERS['rate-rest'], date);
  if (!europe || !rest) return null;
  const ore = { 'rate-europe': europe.value * 100, 'rate-rest': rest.value * 100 };
  return {
    ore,
    texts: { 'rate-europe': toFieldText('rate-europe', ore['rate-europe'], locale), 'rate-rest': toFieldText('rate-rest', ore['rate-rest'], locale) },
    notes: { [ZONE_OF['rate-europe']]: note(europe, locale, t), [ZONE_OF['rate-rest']]: note(rest, locale, t) } as Record<Zone, SourceLabel>,
  };
}

/** Every day on which either rate starts or stops having a value. */
function boundaries(parameters: readonly Parameter<number>[]): IsoDate[] {
  const days = new Set<IsoDate>([ALWAYS]);
  for (const parameter of parameters) {
    for (const v of parameter.values) {
      if (v.validFrom) days.add(v.validFrom);
      if (v.validTo) days.add(dayAfter(v.validTo));
    }
  }
  return [...days].sort();
}

export function coFinancingPageData(locale: Locale): CoFinancingPageData {
  const t = coFinancingStrings[locale];
  return {
    strings: t,
    checkCurrentCall: kitStrings[locale].checkCurrentCall,
    periods: boundaries(Object.values(RATE_PARAMETERS)).map((from) => ({ from, rates: ratesOn(from, locale, t) })),
  };
}
