import { defineParameter } from '../parameter.ts';
import { SEED_FILES, fact, seed } from '../source.ts';
import { SOURCES_READ_ON } from './read-on.ts';

const FLAT_RATES = 'Flat rates (schabloner) — secondary';

/**
 * Egenfinansiering: the applicant pays at least this share of the project's
 * total cost. Working time and other administrative costs count.
 */
export const minOwnContributionPercent = defineParameter('minOwnContributionPercent', 'percent', [
  {
    value: 50,
    validFrom: '2023-01-01',
    validFromGiven: 'year',
    readOn: SOURCES_READ_ON,
    source: seed(
      SEED_FILES.programmePage,
      'Som sökande organisation ska ni själva bidra med minst 50 procent av de totala kostnaderna för projektet.',
    ),
  },
]);

/** The year from which applicants apply for flat rates (schabloner) per participant instead of a budget. */
export const flatRatesSinceYear = defineParameter('flatRatesSinceYear', 'year', [
  {
    value: 2023,
    validFrom: '2023-01-01',
    validFromGiven: 'year',
    readOn: SOURCES_READ_ON,
    source: seed(SEED_FILES.programmePage, 'Från och med 2023 ansöker ni om schabloner per deltagare i projektet.'),
  },
]);

/**
 * Schablon per participant for a partner in Europe outside the EU/EEA.
 * Secondary: read in a third-party summary of the 2026 general terms; the site
 * shows it with a "check the current call" note and lets the reader change it.
 */
export const flatRateEuropeOutsideEuEea = defineParameter('flatRateEuropeOutsideEuEea', 'sek', [
  {
    value: 20_000,
    validFrom: '2026-01-01',
    validFromGiven: 'year',
    readOn: SOURCES_READ_ON,
    source: fact(
      FLAT_RATES,
      'secondary',
      '**20 000 kr per participant** for partner countries in Europe outside',
    ),
  },
]);

/** Schablon per participant for a partner in the rest of the world. Secondary, as above. */
export const flatRateRestOfWorld = defineParameter('flatRateRestOfWorld', 'sek', [
  {
    value: 22_000,
    validFrom: '2026-01-01',
    validFromGiven: 'year',
    readOn: SOURCES_READ_ON,
    source: fact(FLAT_RATES, 'secondary', '**22 000 kr per participant** for the rest of the world'),
  },
]);
