/**
 * Every programme parameter, keyed by its `key`. The site's text (<Param>), the
 * rules page, /rules.json and the checks all read from here.
 */
import { applicationRoundsPerYear, decisionAfterWeeks, eligibleApplicants } from './application.ts';
import { eeaCountries, euCountries, oecdCountries } from './countries.ts';
import {
  flatRateEuropeOutsideEuEea,
  flatRateRestOfWorld,
  flatRatesSinceYear,
  minOwnContributionPercent,
} from './financing.ts';
import { exchangeTypes, minParticipants } from './participants.ts';
import {
  allowedSchoolLevels,
  maxForeignSchools,
  maxPartnerSchools,
  maxSwedishSchools,
  minForeignSchools,
  minParties,
  minSwedishSchools,
} from './schools.ts';

export * from './application.ts';
export * from './countries.ts';
export * from './financing.ts';
export * from './participants.ts';
export * from './schools.ts';
export { SOURCES_READ_ON } from './read-on.ts';

export const parameters = {
  minParticipants,
  exchangeTypes,
  minParties,
  minSwedishSchools,
  minForeignSchools,
  maxSwedishSchools,
  maxForeignSchools,
  maxPartnerSchools,
  allowedSchoolLevels,
  minOwnContributionPercent,
  flatRatesSinceYear,
  flatRateEuropeOutsideEuEea,
  flatRateRestOfWorld,
  applicationRoundsPerYear,
  decisionAfterWeeks,
  eligibleApplicants,
  euCountries,
  eeaCountries,
  oecdCountries,
} as const;

export type ParameterKey = keyof typeof parameters;
