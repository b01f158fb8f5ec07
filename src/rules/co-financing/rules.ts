/**
 * Rule keys of the co-financing check (egenfinansiering and schabloner) and
 * what each rests on.
 */
import { quotes } from '../quotes.ts';
import { defineRules } from '../rule-definition.ts';
import { coFinancingRuleKinds } from './rule-kinds.ts';

export const CO_FINANCING_RULES = [
  'co-financing.no-participants',
  'co-financing.own-share-too-low',
  'co-financing.own-share-met',
  'co-financing.flat-rate-check-call',
  'co-financing.flat-rate-entered',
  'co-financing.staff-cost-incomplete',
  'co-financing.flat-rate-zero',
  'co-financing.flat-rate-implausible',
] as const;

export type CoFinancingRule = (typeof CO_FINANCING_RULES)[number];

export const coFinancingRules = defineRules<CoFinancingRule>('co-financing', coFinancingRuleKinds, {
  'co-financing.no-participants': {
    sources: [quotes.flatRatesPerParticipant],
  },
  'co-financing.own-share-too-low': {
    sources: [quotes.ownContribution, quotes.workingTimeCounts, quotes.ownShareEquivalence],
  },
  'co-financing.own-share-met': {
    sources: [quotes.ownContribution, quotes.workingTimeCounts],
  },
  'co-financing.flat-rate-check-call': {
    sources: [quotes.flatRatesSecondary],
  },
  'co-financing.flat-rate-entered': {
    sources: [quotes.flatRatesPerParticipant],
  },
  // Hours without an hourly cost, or the reverse: the working time cannot be counted yet (0 kr in the
  // figures), so the answer cannot pass. Warning; `missing` names the half (docs/adr/0002).
  'co-financing.staff-cost-incomplete': {
    sources: [quotes.workingTimeCounts],
  },
  // A flat rate of 0 kr for a zone with participants: no schablon, so "enough" would mean nothing.
  'co-financing.flat-rate-zero': {
    sources: [quotes.flatRatesPerParticipant, quotes.flatRatesSecondary],
  },
  // An entered rate more than PLAUSIBLE_RATE_FACTOR from the parameter either way (plausibility.ts).
  'co-financing.flat-rate-implausible': {
    sources: [quotes.flatRatesPerParticipant, quotes.flatRatesSecondary],
  },
});
