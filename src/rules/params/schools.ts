import { defineParameter } from '../parameter.ts';
import { SEED_FILES, seed } from '../source.ts';
import { SOURCES_READ_ON } from './read-on.ts';

const PARTIES = seed(SEED_FILES.howItWorks, 'Minst två parter krävs, en svensk och en utländsk.');
const MAX_SCHOOLS = seed(
  SEED_FILES.howItWorks,
  'I projektet kan maximalt sex partnerskolor ingå i samarbetet, tre utomlands och tre i Sverige.',
);

/** At least one Swedish party (the applicant's school is one). */
export const minSwedishSchools = defineParameter('minSwedishSchools', 'count', [
  { value: 1, validFrom: null, readOn: SOURCES_READ_ON, source: PARTIES },
]);

/** At least one foreign party. */
export const minForeignSchools = defineParameter('minForeignSchools', 'count', [
  { value: 1, validFrom: null, readOn: SOURCES_READ_ON, source: PARTIES },
]);

/** Minst två parter: one Swedish and one foreign, together. */
export const minParties = defineParameter('minParties', 'count', [
  { value: 2, validFrom: null, readOn: SOURCES_READ_ON, source: PARTIES },
]);

/**
 * At most three partner schools in Sweden. This site reads the applicant's own
 * school as one of the three (it has participants, and "Partnerskola är den
 * eller de skolor som har deltagare med i utbytet"); see docs/adr.
 */
export const maxSwedishSchools = defineParameter('maxSwedishSchools', 'count', [
  { value: 3, validFrom: null, readOn: SOURCES_READ_ON, source: MAX_SCHOOLS },
]);

/** At most three partner schools abroad. */
export const maxForeignSchools = defineParameter('maxForeignSchools', 'count', [
  { value: 3, validFrom: null, readOn: SOURCES_READ_ON, source: MAX_SCHOOLS },
]);

/** At most six partner schools in all. */
export const maxPartnerSchools = defineParameter('maxPartnerSchools', 'count', [
  { value: 6, validFrom: null, readOn: SOURCES_READ_ON, source: MAX_SCHOOLS },
]);

/**
 * School levels a partner school may have: formal education at most at
 * upper-secondary level (formell utbildning motsvarande högst gymnasial nivå).
 * Keys; names are in src/i18n. `adult-upper-secondary` is adult education up to
 * upper-secondary level (komvux and its equivalents abroad).
 */
export const allowedSchoolLevels = defineParameter('allowedSchoolLevels', 'term-list', [
  {
    value: ['preschool', 'compulsory', 'upper-secondary', 'adult-upper-secondary'] as const,
    validFrom: null,
    readOn: SOURCES_READ_ON,
    source: seed(
      SEED_FILES.howItWorks,
      'är det viktigt att ni är säkra på att er partnerskola bedriver formell utbildning motsvarande högst gymnasial nivå',
    ),
  },
]);
