/**
 * Everything the calculator shows that the page can work out before it
 * reaches the browser: the UI strings of one language, the note beside each
 * flat rate (value, date, source, "check the current call"), all on the
 * page's date. The wrapper (.astro) passes this to the island as props, so it
 * travels as HTML data instead of JavaScript (both languages' strings and
 * every quote would otherwise be in the island's bundle).
 */
import { formatDate, formatSek } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { coFinancingStrings, type CoFinancingStrings } from '../../i18n/widgets/co-financing.ts';
import { kitStrings } from '../../i18n/widgets/kit.ts';
import type { Zone } from '../../rules/co-financing/schema.ts';
import { current, valueAt, type IsoDate, type Parameter } from '../../rules/parameter.ts';
import { flatRateEuropeOutsideEuEea, flatRateRestOfWorld } from '../../rules/params/financing.ts';
import { fill } from '../kit/fill.ts';
import { sourceLabel, type SourceLabel } from '../kit/source-label.ts';
import { toFieldText } from './field-texts.ts';
import type { RateField } from './form-state.ts';

export interface CoFinancingPageData {
  readonly strings: CoFinancingStrings;
  /** The "check the current call" note, in the page's language. */
  readonly checkCurrentCall: string;
  /** The parameters' flat rates in öre, to prefill the rate fields. */
  readonly defaultRatesOre: Readonly<Record<RateField, number>>;
  /** The same rates as the fields show them in the page's language, so the form needs no number formatting up front. */
  readonly defaultRateTexts: Readonly<Record<RateField, string>>;
  /** Per zone: "<rate> per participant, applies from …. Source: …" and whether to add "check the current call". */
  readonly rateNotes: Readonly<Record<Zone, SourceLabel>>;
}

function rateNote(parameter: Parameter<number>, locale: Locale, t: CoFinancingStrings, date: IsoDate): SourceLabel {
  const dated = valueAt(parameter, date);
  const source = sourceLabel(dated.source, kitStrings[locale]);
  const text = fill(dated.validFrom ? t.rateSource : t.rateNoDate, {
    rate: formatSek(dated.value, locale),
    date: dated.validFrom ? formatDate(dated.validFrom, locale) : '',
    source: source.text,
  });
  return { text, checkCurrentCall: source.checkCurrentCall };
}

/** `date`: the page's day, whose parameter values apply (the same the island's check uses). */
export function coFinancingPageData(locale: Locale, date: IsoDate): CoFinancingPageData {
  const t = coFinancingStrings[locale];
  const defaultRatesOre = {
    'rate-europe': current(flatRateEuropeOutsideEuEea, date) * 100,
    'rate-rest': current(flatRateRestOfWorld, date) * 100,
  };
  return {
    strings: t,
    checkCurrentCall: kitStrings[locale].checkCurrentCall,
    defaultRatesOre,
    defaultRateTexts: {
      'rate-europe': toFieldText('rate-europe', defaultRatesOre['rate-europe'], locale),
      'rate-rest': toFieldText('rate-rest', defaultRatesOre['rate-rest'], locale),
    },
    rateNotes: {
      europeOutsideEuEea: rateNote(flatRateEuropeOutsideEuEea, locale, t, date),
      restOfWorld: rateNote(flatRateRestOfWorld, locale, t, date),
    },
  };
}
