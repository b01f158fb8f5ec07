/**
 * How serious each rule's finding is and the parameters it rests on: all the
 * evaluation needs of a rule. Apart from rules.ts, whose sources quote the
 * seeds, so the quotes never travel in a widget's script (the page hands
 * them over, rule-sources.ts).
 */
import type { RuleKind } from '../rule-definition.ts';
import type { PartnershipRule } from './rules.ts';

export const partnershipRuleKinds: Readonly<Record<PartnershipRule, RuleKind>> = {
  'partnership.too-few-participants': { severity: 'blocker', parameters: ['minParticipants'] },
  'partnership.no-swedish-school': { severity: 'blocker', parameters: ['minSwedishSchools', 'minParties'] },
  'partnership.no-foreign-school': { severity: 'blocker', parameters: ['minForeignSchools', 'minParties'] },
  'partnership.too-many-swedish-schools': { severity: 'blocker', parameters: ['maxSwedishSchools'] },
  'partnership.too-many-foreign-schools': { severity: 'blocker', parameters: ['maxForeignSchools'] },
  'partnership.too-many-schools': { severity: 'blocker', parameters: ['maxPartnerSchools'] },
  'partnership.school-level-too-high': { severity: 'blocker', parameters: ['allowedSchoolLevels'] },
  'partnership.school-not-formal-education': { severity: 'blocker', parameters: ['allowedSchoolLevels'] },
  'partnership.partner-in-eu-eea': { severity: 'blocker', parameters: ['euCountries', 'eeaCountries'] },
  'partnership.partner-in-territory-of-eu-eea-state': { severity: 'warning', parameters: ['euCountries', 'eeaCountries'] },
  'partnership.sweden-as-foreign': { severity: 'blocker', parameters: ['minForeignSchools'] },
  'partnership.funded-visits-oecd': { severity: 'warning', parameters: ['oecdCountries'] },
  'partnership.funded-visits-outside-oecd': { severity: 'info', parameters: ['oecdCountries'] },
  'partnership.confirm-partner-level': { severity: 'info', parameters: ['allowedSchoolLevels'] },
};
