import type { Zone } from './schema.ts';

/** Where a flat rate came from: the parameters (secondary, check the call) or the reader. */
export type FlatRateOrigin = 'parameter' | 'entered';

/** Which half of a staff cost is missing: hours without an hourly cost, or an hourly cost without hours. */
export type StaffCostMissing = 'hourly-cost' | 'staff-hours';

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
  /**
   * True when own contribution ≥ the minimum (exactly 50 % passes) on a
   * complete answer: never while a half of the staff cost is missing or a
   * flat rate is 0 kr or implausible (see `staffCostMissing`,
   * `questionableRateZones`), since those figures cannot pass yet.
   */
  readonly meetsMinimum: boolean;
  /**
   * The half of the staff cost that is missing, or null. Until it is given
   * the staff cost counts as 0 kr in the figures, and the verdict asks for it.
   */
  readonly staffCostMissing: StaffCostMissing | null;
  /** Zones with participants whose entered flat rate is 0 kr or far from the parameter (plausibility.ts). */
  readonly questionableRateZones: readonly Zone[];
  /** The smallest extra own contribution that meets the minimum on these figures; 0 when none is short. */
  readonly shortfallOre: number;
  /**
   * The fewest extra staff hours, in hundredths of an hour, that cover the
   * shortfall at the given hourly cost (so a fraction is rounded up to the
   * hundredth); 0 when nothing is short; null when the hourly cost is 0 (no
   * number of hours would help).
   */
  readonly staffHoursToCover: number | null;
}
