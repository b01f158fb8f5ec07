/**
 * Input of the partnership check (hur projektet är uppbyggt): participants,
 * the kind of exchange, the Swedish schools (the applicant first) and the
 * partner schools abroad, and whether grant-funded visits to Sweden are planned.
 */
import * as z from 'zod/mini';
import { COUNTRY_CODES } from '../countries/codes.ts';
import { INPUT_LIMITS as L } from '../limits.ts';
import { EXCHANGE_TYPES } from './exchange-types.ts';
import { SCHOOL_LEVELS } from '../school-levels.ts';
import { count } from '../schema-parts.ts';

/** Rent lärarutbyte or lärar- och elevutbyte. */
export { EXCHANGE_TYPES, type ExchangeType } from './exchange-types.ts';

const level = z.enum(SCHOOL_LEVELS);

export const swedishSchoolSchema = z.strictObject({ level });

export const foreignSchoolSchema = z.strictObject({
  /** ISO 3166-1 alpha-2, upper case (XK accepted for Kosovo). */
  country: z.enum(COUNTRY_CODES, { error: 'country.unknown' }),
  level,
});

export const partnershipInputSchema = z.strictObject({
  /** Deltagare: everyone taking part in the exchange, as the application counts them. */
  participants: count(L.maxParticipants),
  exchangeType: z.enum(EXCHANGE_TYPES),
  /** Swedish partner schools; the first is the applicant (sökande skolenhet). */
  swedishSchools: z.array(swedishSchoolSchema).check(z.maxLength(L.maxSchoolsPerSide)),
  /** Partner schools abroad (partnerskolor utomlands). */
  foreignSchools: z.array(foreignSchoolSchema).check(z.maxLength(L.maxSchoolsPerSide)),
  /** Whether the grant is to pay for the partner's visits to Sweden. */
  fundedVisitsToSweden: z.boolean(),
});

export type SwedishSchool = z.infer<typeof swedishSchoolSchema>;
export type ForeignSchool = z.infer<typeof foreignSchoolSchema>;
export type PartnershipInput = z.infer<typeof partnershipInputSchema>;
