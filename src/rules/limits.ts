/**
 * Bounds on what the checks accept. Not programme rules: sanity limits that
 * keep every sum an exact integer (all products stay below 2^53) and make
 * absurd input (10^20 kronor) a field error rather than a number. They are far
 * above any real Atlas project.
 */
export const INPUT_LIMITS = {
  /** Participants per zone, and in the partnership check. */
  maxParticipants: 10_000,
  /** A flat rate per participant: at most 10 000 000 kr. */
  maxFlatRateOre: 1_000_000_000,
  /** Staff hours: at most 100 000, in hundredths of an hour. */
  maxStaffHours: 100_000,
  /** Hourly cost: at most 1 000 000 kr an hour. */
  maxHourlyCostOre: 100_000_000,
  /** Any other amount: at most 10 000 000 000 kr. */
  maxAmountOre: 1_000_000_000_000,
  /**
   * Schools per side the input may list. Above the programme's maximum on
   * purpose, so that four schools on a side is a finding, not a field error.
   */
  maxSchoolsPerSide: 12,
} as const;
