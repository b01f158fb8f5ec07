/**
 * Beside each flat-rate field: the rate the parameters hold, the date it
 * applies from, its source, and (for a secondary source) the visible "check
 * the current call" note. All read from src/rules, none typed here.
 */
import type { Locale } from '../../i18n/locales.ts';
import { formatDate, formatSek } from '../../i18n/format.ts';
import { coFinancingStrings } from '../../i18n/widgets/co-financing.ts';
import { kitStrings } from '../../i18n/widgets/kit.ts';
import { valueAt, type Parameter } from '../../rules/parameter.ts';
import { fill } from '../kit/fill.ts';
import { sourceLabel } from '../kit/source-label.ts';

export function RateHint({ locale, parameter }: { readonly locale: Locale; readonly parameter: Parameter<number> }) {
  const t = coFinancingStrings[locale];
  const k = kitStrings[locale];
  const dated = valueAt(parameter);
  const source = sourceLabel(dated.source, k);
  const values = {
    rate: formatSek(dated.value, locale),
    date: dated.validFrom ? formatDate(dated.validFrom, locale) : '',
    source: source.text,
  };
  return (
    <>
      {fill(dated.validFrom ? t.rateSource : t.rateNoDate, values)}
      {source.checkCurrentCall && (
        <>
          {' '}
          <strong class="cf-check-call">{k.checkCurrentCall}</strong>
        </>
      )}
    </>
  );
}
