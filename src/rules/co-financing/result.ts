import type { Zone } from './schema.ts';

/** Where a flat rate came from: the parameters (secondary, check the call) or the reader. */
export type FlatRateOrigin = 'parameter' | 'entered';

/** The figures of a co-financing check. Money in integer öre. */
export interface CoFinancingResult {
  readonly flatRatesOre: Readonly<Record<Zone, number>>;
  readonly flatRateOrigin: Readonly<Record<Zone, FlatRateOrigin>>;
  /** Flat rate × participants, per zone. */
  readonly grantByZoneOre: Readonly<Record<Zone, number>>;
  /** Bidrag: the sum of the flat rates. */
  readonly grantOre: number;
  /** Staff hours × hourly cost, rounded to the nearest öre (half up). */
  readonly staffCostOre: number;
  /** Egenfinansiering: staff cost + administrative costs + other own costs. */
  readonly ownContributionOre: number;
  /** Grant + own contribution. */
  readonly totalOre: number;
  /**
   * Own contribution ÷ total in basis points (1/100 of a per cent), rounded
   * down, so it shows 50,00 % only when the share truly reaches 50 %. Null when
   * the total is 0.
   */
  readonly ownShareBasisPoints: number | null;
  /** The rule's minimum share in per cent (the parameter). */
  readonly minOwnSharePercent: number;
  /** The smallest own contribution that meets the minimum share for this grant. */
  readonly minOwnContributionOre: number;
  /** True when own contribution ≥ the minimum (exactly 50 % passes). */
  readonly meetsMinimum: boolean;
  /** The smallest extra own contribution that meets the minimum; 0 when it is met. */
  readonly shortfallOre: number;
  /**
   * The fewest extra staff hours, in hundredths of an hour, that cover the
   * shortfall at the given hourly cost (so a fraction is rounded up to the
   * hundredth); 0 when nothing is short; null when the hourly cost is 0 (no
   * number of hours would help).
   */
  readonly staffHoursToCover: number | null;
}
