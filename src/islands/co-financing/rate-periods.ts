/**
 * The calculator's flat rates by period, as the page hands them to the island
 * (the page builds them at build time, src/components/widgets/co-financing/page-data.ts): the rates of one period, and the
 * lookup of the period a day falls in. Kept apart from the page's builder so the
 * island's script carries this lookup and not the parameters and sources
 * the page builds the periods from.
 */
import type { Zone } from '../../rules/co-financing/zones.ts';
import type { IsoDate } from '../../rules/parameter.ts';
import type { SourceLabel } from '../kit/types.ts';
import type { RateField } from './form-state.ts';

/** The flat rates of one period, ready for the form. */
export interface Rates {
  /** In öre, as the check counts them. */
  readonly ore: Readonly<Record<RateField, number>>;
  /** As the fields show them in the page's language (no number formatting needed up front). */
  readonly texts: Readonly<Record<RateField, string>>;
  /** Per zone: "<rate> per participant, applies from …. Source: …" and whether to add "check the current call". */
  readonly notes: Readonly<Record<Zone, SourceLabel>>;
}

/** From `from` until the next period's `from`: these rates, or none (no value in force). */
export interface RatePeriod {
  readonly from: IsoDate;
  readonly rates: Rates | null;
}

/** The rates in force on `date`, or null when the rules hold none for that day. */
export function ratesFor(data: { readonly periods: readonly RatePeriod[] }, date: IsoDate): Rates | null {
  let found: Rates | null = null;
  for (const period of data.periods) if (period.from <= date) found = period.rates;
  return found;
}
