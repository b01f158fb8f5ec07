/**
 * The tests the co-financing check makes, in its order, each with the rules
 * it may apply (the step names the one it did: an entered flat rate of 0 kr
 * is `flat-rate-zero`, one far from the parameter `flat-rate-implausible`).
 * Keys never change once published (ADR 0001).
 */
import type { CoFinancingRule } from './rules.ts';

export const CO_FINANCING_TESTS = {
  'co-financing.participants': ['co-financing.no-participants'],
  // Per zone with participants: the parameter's flat rate × participants (a figure, always held).
  'co-financing.flat-rate': ['co-financing.flat-rate-check-call'],
  // Per zone with participants: an entered flat rate within PLAUSIBLE_RATE_FACTOR of the parameter's.
  'co-financing.entered-rate': ['co-financing.flat-rate-entered', 'co-financing.flat-rate-zero', 'co-financing.flat-rate-implausible'],
  'co-financing.staff-cost': ['co-financing.staff-cost-incomplete'],
  'co-financing.own-share': ['co-financing.own-share-met', 'co-financing.own-share-too-low'],
} as const satisfies Record<string, readonly CoFinancingRule[]>;

export type CoFinancingTest = keyof typeof CO_FINANCING_TESTS;
