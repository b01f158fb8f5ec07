import { defineParameter } from '../parameter.ts';
import { SEED_FILES, seed } from '../source.ts';
import { SOURCES_READ_ON } from './read-on.ts';

/** Det är möjligt att söka Atlas partnerskap en gång per år. */
export const applicationRoundsPerYear = defineParameter('applicationRoundsPerYear', 'per-year', [
  {
    value: 1,
    validFrom: null,
    readOn: SOURCES_READ_ON,
    source: seed(SEED_FILES.programmePage, 'Det är möjligt att söka Atlas partnerskap en gång per år.'),
  },
]);

/** Besked efter cirka tio veckor (about ten weeks after the last application day). */
export const decisionAfterWeeks = defineParameter('decisionAfterWeeks', 'weeks', [
  {
    value: 10,
    validFrom: null,
    readOn: SOURCES_READ_ON,
    source: seed(SEED_FILES.programmePage, 'Ni får besked efter cirka tio veckor.'),
  },
]);

/**
 * Who may apply: preschools, schools and organisations in adult education.
 * Keys; names are in src/i18n.
 */
export const eligibleApplicants = defineParameter('eligibleApplicants', 'term-list', [
  {
    value: ['preschool', 'school', 'adult-education'] as const,
    validFrom: null,
    readOn: SOURCES_READ_ON,
    source: seed(
      SEED_FILES.programmePage,
      'Förskolor, skolor och organisationer inom vuxenutbildningen kan söka medel för samarbete med motsvarande utbildningsinstitutioner i hela världen.',
    ),
  },
]);
