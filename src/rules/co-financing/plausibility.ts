/**
 * When an entered flat rate is a question for the reader rather than a
 * figure to pass or fail on. Our reading, not a programme rule (docs/adr/0002):
 *
 * - A rate of 0 kr for a zone with participants is no schablon at all; it
 *   would make the grant 0 and any own contribution "enough".
 * - A rate more than PLAUSIBLE_RATE_FACTOR times the parameter in force, or
 *   less than its 1/PLAUSIBLE_RATE_FACTOR, is more likely a slip than a call:
 *   one digit too many or too few is a factor of ten, which the bound catches,
 *   while it leaves room for a call whose rates stand well apart from the
 *   secondary figure we hold (the parameter is a third party's summary).
 *
 * Either gives a warning (needs attention), never a pass.
 */

/** How far an entered rate may lie from the parameter, either way, before the check asks about it. */
export const PLAUSIBLE_RATE_FACTOR = 4;

/** Whether `rateOre` lies within the bound around the parameter's rate (both in öre, integers, so exact). */
export const isPlausibleRate = (rateOre: number, parameterOre: number): boolean =>
  rateOre * PLAUSIBLE_RATE_FACTOR >= parameterOre && rateOre <= parameterOre * PLAUSIBLE_RATE_FACTOR;
