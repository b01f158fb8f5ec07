/**
 * Rule keys of the project-type check (nytt projekt, fördjupningsprojekt or
 * another programme) and what each rests on.
 */
import { quotes } from '../quotes.ts';
import { defineRules } from '../rule-definition.ts';
import { projectTypeRuleKinds } from './rule-kinds.ts';

export const PROJECT_TYPE_RULES = [
  'project-type.new-project',
  'project-type.planning-trip-does-not-count',
  'project-type.other-partner-is-new-project',
  'project-type.several-projects-allowed',
  'project-type.deepening-project',
  'project-type.deepening-must-show',
  'project-type.state-earlier-grant',
  'project-type.assessed-in-competition',
  'project-type.route-atlas-praktik',
  'project-type.route-atlas-planering',
  'project-type.route-erasmus-nordplus',
  'project-type.cannot-move-partner',
  'project-type.incomplete',
] as const;

export type ProjectTypeRule = (typeof PROJECT_TYPE_RULES)[number];

export const projectTypeRules = defineRules<ProjectTypeRule>('project-type', projectTypeRuleKinds, {
  'project-type.new-project': {
    sources: [quotes.firstYearNewProject, quotes.newProject],
  },
  'project-type.planning-trip-does-not-count': {
    sources: [quotes.planningTripStillNew, quotes.atlasPlanering],
  },
  'project-type.other-partner-is-new-project': {
    sources: [quotes.newProject, quotes.stateEarlierGrant],
  },
  'project-type.several-projects-allowed': {
    sources: [quotes.severalProjects],
  },
  'project-type.deepening-project': {
    sources: [quotes.deepeningProject],
  },
  'project-type.deepening-must-show': {
    sources: [quotes.deepeningMustShow],
  },
  'project-type.state-earlier-grant': {
    sources: [quotes.stateEarlierGrant],
  },
  'project-type.assessed-in-competition': {
    sources: [quotes.assessedInCompetition],
  },
  'project-type.route-atlas-praktik': {
    sources: [quotes.atlasPraktik, quotes.atlasPraktikOutsideEuEea],
  },
  'project-type.route-atlas-planering': {
    sources: [quotes.foreignPartnerInAnotherCountry, quotes.atlasPlanering],
  },
  'project-type.route-erasmus-nordplus': {
    sources: [quotes.outsideEuEea, quotes.euEeaRouting, quotes.siblingErasmusNordplus],
  },
  'project-type.cannot-move-partner': {
    sources: [quotes.cannotMovePartner, quotes.partnerLeaves, quotes.contactCaseOfficer],
  },
  'project-type.incomplete': {
    sources: [],
  },
});
