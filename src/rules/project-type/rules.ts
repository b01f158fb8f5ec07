/**
 * Rule keys of the project-type check (nytt projekt, fördjupningsprojekt or
 * another programme) and what each rests on.
 */
import { quotes } from '../quotes.ts';
import { defineRules } from '../rule-definition.ts';

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

export const projectTypeRules = defineRules<ProjectTypeRule>('project-type', {
  'project-type.new-project': {
    severity: 'info',
    parameters: [],
    sources: [quotes.firstYearNewProject, quotes.newProject],
  },
  'project-type.planning-trip-does-not-count': {
    severity: 'info',
    parameters: [],
    sources: [quotes.planningTripStillNew, quotes.atlasPlanering],
  },
  'project-type.other-partner-is-new-project': {
    severity: 'info',
    parameters: [],
    sources: [quotes.newProject, quotes.stateEarlierGrant],
  },
  'project-type.several-projects-allowed': {
    severity: 'info',
    parameters: [],
    sources: [quotes.severalProjects],
  },
  'project-type.deepening-project': {
    severity: 'info',
    parameters: [],
    sources: [quotes.deepeningProject],
  },
  'project-type.deepening-must-show': {
    severity: 'info',
    parameters: [],
    sources: [quotes.deepeningMustShow],
  },
  'project-type.state-earlier-grant': {
    severity: 'info',
    parameters: [],
    sources: [quotes.stateEarlierGrant],
  },
  'project-type.assessed-in-competition': {
    severity: 'info',
    parameters: ['applicationRoundsPerYear'],
    sources: [quotes.assessedInCompetition],
  },
  'project-type.route-atlas-praktik': {
    severity: 'blocker',
    parameters: ['eeaCountries'],
    sources: [quotes.atlasPraktik, quotes.atlasPraktikOutsideEuEea],
  },
  'project-type.route-atlas-planering': {
    severity: 'blocker',
    parameters: [],
    sources: [quotes.foreignPartnerInAnotherCountry, quotes.atlasPlanering],
  },
  'project-type.route-erasmus-nordplus': {
    severity: 'blocker',
    parameters: ['euCountries', 'eeaCountries'],
    sources: [quotes.outsideEuEea, quotes.euEeaRouting, quotes.siblingErasmusNordplus],
  },
  'project-type.cannot-move-partner': {
    severity: 'blocker',
    parameters: [],
    sources: [quotes.cannotMovePartner, quotes.partnerLeaves, quotes.contactCaseOfficer],
  },
  'project-type.incomplete': {
    severity: 'warning',
    parameters: [],
    sources: [],
  },
});
