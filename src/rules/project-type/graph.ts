/**
 * The project-type quiz as data: questions with their answers, each answer
 * leading to the next question or to an outcome. The widget, the build-time
 * diagram and the tests all walk this one graph. Question and answer names per
 * language are in src/i18n/terms; the readings behind the edges are in
 * docs/adr/0002.
 */
import type { ParameterKey } from '../params/index.ts';
import type { ProjectTypeRule } from './rules.ts';

export const QUESTION_IDS = [
  'activity',
  'placement-location',
  'has-partner',
  'partner-location',
  'granted-before',
  'same-partner',
  'replacing-partner',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export const OUTCOME_IDS = [
  'new-project',
  'deepening-project',
  'atlas-praktik',
  'atlas-planering',
  'erasmus-nordplus',
  'apply-anew-new-country',
] as const;
export type OutcomeId = (typeof OUTCOME_IDS)[number];

/** The programme an outcome points to. */
export type Programme = 'atlas-partnerskap' | 'atlas-praktik' | 'atlas-planering' | 'erasmus-plus-nordplus';

export interface Answer<A extends string = string> {
  readonly id: A;
  readonly next: QuestionId | OutcomeId;
  /** Findings this answer adds when it lies on the path (e.g. "a planning trip does not count"). */
  readonly rules?: readonly ProjectTypeRule[];
}

export interface Question<A extends string = string> {
  readonly answers: readonly Answer<A>[];
}

export interface Outcome {
  readonly programme: Programme;
  /** Findings every path to this outcome gives. */
  readonly rules: readonly ProjectTypeRule[];
  /** Parameters the outcome rests on besides its rules' own (for the diagram's "source"). */
  readonly parameters: readonly ParameterKey[];
}

/** Answer ids per question, as literal types. */
export const ANSWER_IDS = {
  /** What does the school want to do? */
  activity: ['exchange', 'work-placement', 'planning-visit'],
  /** Where would the work placement (APL) be? */
  'placement-location': ['outside-eu-eea', 'inside-eu-eea'],
  /** Do you have a partner school abroad? */
  'has-partner': ['yes', 'no'],
  /** Where is the partner school? */
  'partner-location': ['outside-eu-eea', 'inside-eu-eea'],
  /** Has your school unit been granted Atlas partnerskap before? */
  'granted-before': ['no', 'only-atlas-planering', 'yes'],
  /** Was that grant for a partnership with the same partner school? */
  'same-partner': ['yes', 'no'],
  /** Is the new partner to replace one that left a project you are running now? */
  'replacing-partner': ['yes', 'no'],
} as const satisfies Record<QuestionId, readonly [string, ...string[]]>;

export type AnswerId<Q extends QuestionId = QuestionId> = (typeof ANSWER_IDS)[Q][number];

export interface ProjectTypeGraph {
  readonly start: QuestionId;
  readonly questions: { readonly [Q in QuestionId]: Question<AnswerId<Q>> };
  readonly outcomes: Readonly<Record<OutcomeId, Outcome>>;
}

export const projectTypeGraph: ProjectTypeGraph = {
  start: 'activity',
  questions: {
    activity: {
      answers: [
        { id: 'exchange', next: 'has-partner' },
        { id: 'work-placement', next: 'placement-location' },
        { id: 'planning-visit', next: 'atlas-planering' },
      ],
    },
    'placement-location': {
      answers: [
        { id: 'outside-eu-eea', next: 'atlas-praktik' },
        { id: 'inside-eu-eea', next: 'erasmus-nordplus' },
      ],
    },
    'has-partner': {
      answers: [
        { id: 'yes', next: 'partner-location' },
        { id: 'no', next: 'atlas-planering' },
      ],
    },
    'partner-location': {
      answers: [
        { id: 'outside-eu-eea', next: 'granted-before' },
        { id: 'inside-eu-eea', next: 'erasmus-nordplus' },
      ],
    },
    'granted-before': {
      answers: [
        { id: 'no', next: 'new-project' },
        { id: 'only-atlas-planering', next: 'new-project', rules: ['project-type.planning-trip-does-not-count'] },
        { id: 'yes', next: 'same-partner' },
      ],
    },
    'same-partner': {
      answers: [
        { id: 'yes', next: 'deepening-project' },
        { id: 'no', next: 'replacing-partner' },
      ],
    },
    'replacing-partner': {
      answers: [
        { id: 'yes', next: 'apply-anew-new-country' },
        {
          id: 'no',
          next: 'new-project',
          rules: [
            'project-type.other-partner-is-new-project',
            'project-type.state-earlier-grant',
            'project-type.several-projects-allowed',
          ],
        },
      ],
    },
  },
  outcomes: {
    'new-project': { programme: 'atlas-partnerskap', rules: ['project-type.new-project'], parameters: [] },
    'deepening-project': {
      programme: 'atlas-partnerskap',
      rules: [
        'project-type.deepening-project',
        'project-type.deepening-must-show',
        'project-type.state-earlier-grant',
        'project-type.assessed-in-competition',
      ],
      parameters: ['applicationRoundsPerYear'],
    },
    'atlas-praktik': { programme: 'atlas-praktik', rules: ['project-type.route-atlas-praktik'], parameters: ['eeaCountries'] },
    'atlas-planering': { programme: 'atlas-planering', rules: ['project-type.route-atlas-planering'], parameters: [] },
    'erasmus-nordplus': {
      programme: 'erasmus-plus-nordplus',
      rules: ['project-type.route-erasmus-nordplus'],
      parameters: ['euCountries', 'eeaCountries'],
    },
    'apply-anew-new-country': {
      programme: 'atlas-partnerskap',
      rules: ['project-type.cannot-move-partner'],
      parameters: [],
    },
  },
};

export const isOutcomeId = (id: string): id is OutcomeId => (OUTCOME_IDS as readonly string[]).includes(id);
export const isQuestionId = (id: string): id is QuestionId => (QUESTION_IDS as readonly string[]).includes(id);
