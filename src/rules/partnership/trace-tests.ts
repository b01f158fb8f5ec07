/**
 * The tests the partnership check makes, in its order, each with the rule it
 * applies: its sources are what the "Why?" cites, and a failed test gives its
 * finding. A list, as in every check's table (co-financing's may apply one of
 * several). Keys never change once published (ADR 0001).
 */
import type { PartnershipRule } from './rules.ts';

export const PARTNERSHIP_TESTS = {
  'partnership.participants': ['partnership.too-few-participants'],
  'partnership.swedish-school': ['partnership.no-swedish-school'],
  'partnership.foreign-school': ['partnership.no-foreign-school'],
  'partnership.swedish-schools-max': ['partnership.too-many-swedish-schools'],
  'partnership.foreign-schools-max': ['partnership.too-many-foreign-schools'],
  'partnership.schools-max': ['partnership.too-many-schools'],
  'partnership.level-upper-secondary': ['partnership.school-level-too-high'],
  'partnership.level-formal': ['partnership.school-not-formal-education'],
  'partnership.partner-abroad': ['partnership.sweden-as-foreign'],
  'partnership.partner-outside-eu-eea': ['partnership.partner-in-eu-eea'],
  'partnership.partner-not-territory': ['partnership.partner-in-territory-of-eu-eea-state'],
  'partnership.visits-outside-oecd': ['partnership.funded-visits-oecd'],
} as const satisfies Record<string, readonly PartnershipRule[]>;

export type PartnershipTest = keyof typeof PARTNERSHIP_TESTS;
