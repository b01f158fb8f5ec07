/**
 * Input of the co-financing check (egenfinansiering). All money is integer öre.
 * Flat rates (schabloner) default to the parameters; the reader may enter the
 * rates of the current call instead, since the call sets them.
 */
import * as z from 'zod/mini';
import { INPUT_LIMITS as L } from '../limits.ts';
import { count, hundredths, ore } from '../schema-parts.ts';

export { ZONES, type Zone } from './zones.ts';

export const coFinancingInputSchema = z.strictObject({
  /** Participants (deltagare) per zone of the partner country. */
  participants: z.strictObject({
    europeOutsideEuEea: count(L.maxParticipants),
    restOfWorld: count(L.maxParticipants),
  }),
  /** Schablon per participant in öre, per zone; a missing zone takes the parameter's value. */
  flatRatesOre: z.optional(
    z.strictObject({
      europeOutsideEuEea: z.optional(ore(L.maxFlatRateOre)),
      restOfWorld: z.optional(ore(L.maxFlatRateOre)),
    }),
  ),
  /** Working time put into the project (arbetstid), hours with at most two decimals. */
  staffHours: hundredths(L.maxStaffHours),
  /** Cost of one hour of working time, öre. */
  hourlyCostOre: ore(L.maxHourlyCostOre),
  /** Administrative costs (administrativa kostnader), öre. */
  adminCostsOre: ore(L.maxAmountOre),
  /** Other costs the school pays itself, öre. */
  otherOwnCostsOre: ore(L.maxAmountOre),
});

export type CoFinancingInput = z.infer<typeof coFinancingInputSchema>;
