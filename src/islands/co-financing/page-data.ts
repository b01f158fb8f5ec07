/**
 * The shape of what the page hands the calculator as props: the UI strings of
 * one language and, for every period in which the flat rates have one value,
 * the rates as the fields show them and the note beside each. The page works
 * it out at build time (src/components/widgets/co-financing/page-data.ts), so
 * it travels as HTML data instead of JavaScript; the island picks the period
 * of its day (rate-periods.ts), so the rates it shows and the rates its check
 * uses are always the same.
 */
import type { CoFinancingStrings } from '../../i18n/widgets/co-financing.ts';
import type { RatePeriod } from './rate-periods.ts';

export interface CoFinancingPageData {
  readonly strings: CoFinancingStrings;
  /** The "check the current call" note, in the page's language. */
  readonly checkCurrentCall: string;
  /** Oldest first; a day before the first period has no rates. */
  readonly periods: readonly RatePeriod[];
}
