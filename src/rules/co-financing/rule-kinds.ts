/**
 * How serious each rule's finding is and the parameters it rests on: all the
 * evaluation needs of a rule. Apart from rules.ts, whose sources quote the
 * seeds, so the quotes never travel in a widget's script (the page hands
 * them over, rule-sources.ts).
 */
import type { RuleKind } from '../rule-definition.ts';
import type { CoFinancingRule } from './rules.ts';

export const coFinancingRuleKinds: Readonly<Record<CoFinancingRule, RuleKind>> = {
  'co-financing.no-participants': { severity: 'blocker', parameters: ['flatRatesSinceYear'] },
  'co-financing.own-share-too-low': { severity: 'blocker', parameters: ['minOwnContributionPercent'] },
  'co-financing.own-share-met': { severity: 'info', parameters: ['minOwnContributionPercent'] },
  'co-financing.flat-rate-check-call': { severity: 'info', parameters: ['flatRateEuropeOutsideEuEea', 'flatRateRestOfWorld'] },
  'co-financing.flat-rate-entered': { severity: 'info', parameters: ['flatRateEuropeOutsideEuEea', 'flatRateRestOfWorld'] },
  'co-financing.staff-cost-incomplete': { severity: 'warning', parameters: ['minOwnContributionPercent'] },
  'co-financing.flat-rate-zero': { severity: 'warning', parameters: ['flatRateEuropeOutsideEuEea', 'flatRateRestOfWorld'] },
  'co-financing.flat-rate-implausible': { severity: 'warning', parameters: ['flatRateEuropeOutsideEuEea', 'flatRateRestOfWorld'] },
};
