/**
 * How serious each rule's finding is and the parameters it rests on: all the
 * evaluation needs of a rule. Apart from rules.ts, whose sources quote the
 * seeds, so the quotes never travel in a widget's script (the page hands
 * them over, rule-sources.ts).
 */
import type { RuleKind } from '../rule-definition.ts';
import type { ProjectTypeRule } from './rules.ts';

export const projectTypeRuleKinds: Readonly<Record<ProjectTypeRule, RuleKind>> = {
  'project-type.new-project': { severity: 'info', parameters: [] },
  'project-type.planning-trip-does-not-count': { severity: 'info', parameters: [] },
  'project-type.other-partner-is-new-project': { severity: 'info', parameters: [] },
  'project-type.several-projects-allowed': { severity: 'info', parameters: [] },
  'project-type.deepening-project': { severity: 'info', parameters: [] },
  'project-type.deepening-must-show': { severity: 'info', parameters: [] },
  'project-type.state-earlier-grant': { severity: 'info', parameters: [] },
  'project-type.assessed-in-competition': { severity: 'info', parameters: ['applicationRoundsPerYear'] },
  'project-type.route-atlas-praktik': { severity: 'blocker', parameters: ['eeaCountries'] },
  'project-type.route-atlas-planering': { severity: 'blocker', parameters: [] },
  'project-type.route-erasmus-nordplus': { severity: 'blocker', parameters: ['euCountries', 'eeaCountries'] },
  'project-type.cannot-move-partner': { severity: 'blocker', parameters: [] },
  'project-type.incomplete': { severity: 'warning', parameters: [] },
};
