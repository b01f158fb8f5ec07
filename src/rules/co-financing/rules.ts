/**
 * Rule keys of the co-financing check (egenfinansiering and schabloner) and
 * what each rests on.
 */
import { quotes } from '../quotes.ts';
import { defineRules } from '../rule-definition.ts';

export const CO_FINANCING_RULES = [
  'co-financing.no-participants',
  'co-financing.own-share-too-low',
  'co-financing.own-share-met',
  'co-financing.flat-rate-check-call',
  'co-financing.flat-rate-entered',
] as const;

export type CoFinancingRule = (typeof CO_FINANCING_RULES)[number];

export const coFinancingRules = defineRules<CoFinancingRule>('co-financing', {
  'co-financing.no-participants': {
    severity: 'blocker',
    parameters: ['flatRatesSinceYear'],
    sources: [quotes.flatRatesPerParticipant],
  },
  'co-financing.own-share-too-low': {
    severity: 'blocker',
    parameters: ['minOwnContributionPercent'],
    sources: [quotes.ownContribution, quotes.workingTimeCounts, quotes.ownShareEquivalence],
  },
  'co-financing.own-share-met': {
    severity: 'info',
    parameters: ['minOwnContributionPercent'],
    sources: [quotes.ownContribution, quotes.workingTimeCounts],
  },
  'co-financing.flat-rate-check-call': {
    severity: 'info',
    parameters: ['flatRateEuropeOutsideEuEea', 'flatRateRestOfWorld'],
    sources: [quotes.flatRatesSecondary],
  },
  'co-financing.flat-rate-entered': {
    severity: 'info',
    parameters: ['flatRateEuropeOutsideEuEea', 'flatRateRestOfWorld'],
    sources: [quotes.flatRatesPerParticipant],
  },
});
