/**
 * Rule keys of the partnership check (hur projektet är uppbyggt) and what each
 * rests on. Keys never change once published (ADR 0001).
 */
import { quotes } from '../quotes.ts';
import { defineRules } from '../rule-definition.ts';
import { partnershipRuleKinds } from './rule-kinds.ts';

export const PARTNERSHIP_RULES = [
  'partnership.too-few-participants',
  'partnership.no-swedish-school',
  'partnership.no-foreign-school',
  'partnership.too-many-swedish-schools',
  'partnership.too-many-foreign-schools',
  'partnership.too-many-schools',
  'partnership.school-level-too-high',
  'partnership.school-not-formal-education',
  'partnership.partner-in-eu-eea',
  'partnership.partner-in-territory-of-eu-eea-state',
  'partnership.sweden-as-foreign',
  'partnership.funded-visits-oecd',
  'partnership.funded-visits-outside-oecd',
  'partnership.confirm-partner-level',
] as const;

export type PartnershipRule = (typeof PARTNERSHIP_RULES)[number];

export const partnershipRules = defineRules<PartnershipRule>('partnership', partnershipRuleKinds, {
  'partnership.too-few-participants': {
    sources: [quotes.minParticipants],
  },
  'partnership.no-swedish-school': {
    sources: [quotes.parties],
  },
  'partnership.no-foreign-school': {
    sources: [quotes.parties, quotes.foreignPartnerInAnotherCountry],
  },
  'partnership.too-many-swedish-schools': {
    sources: [quotes.maxSchools, quotes.partnerSchoolDefinition],
  },
  'partnership.too-many-foreign-schools': {
    sources: [quotes.maxSchools],
  },
  'partnership.too-many-schools': {
    sources: [quotes.maxSchools],
  },
  'partnership.school-level-too-high': {
    sources: [quotes.formalEducationPartner, quotes.formalEducationSchool],
  },
  'partnership.school-not-formal-education': {
    sources: [quotes.formalEducationPartner, quotes.formalEducationSchool],
  },
  'partnership.partner-in-eu-eea': {
    sources: [quotes.outsideEuEea, quotes.euEeaRouting],
  },
  // A territory outside the EU/EEA that belongs to an EU/EEA state (Greenland, the Faroes, New
  // Caledonia …): the listing's "Utanför EU/ESS" may admit it, the routing to Erasmus+ / Nordplus
  // may not. Warning: the administrator decides (docs/adr/0002). Territories' legal sources are
  // in places/territories.ts.
  'partnership.partner-in-territory-of-eu-eea-state': {
    sources: [quotes.outsideEuEea, quotes.euEeaRouting, quotes.siblingErasmusNordplus],
  },
  'partnership.sweden-as-foreign': {
    sources: [quotes.foreignPartnerInAnotherCountry, quotes.swedenNeverAbroad],
  },
  'partnership.funded-visits-oecd': {
    sources: [quotes.visitsOutsideOecd],
  },
  'partnership.funded-visits-outside-oecd': {
    sources: [quotes.visitsOutsideOecd],
  },
  'partnership.confirm-partner-level': {
    sources: [quotes.formalEducationPartner],
  },
});
