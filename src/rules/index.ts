/**
 * The public API of the rules module: the checks, their input schemas and
 * types, the decision graph, the parameters with their sources, and the
 * catalogue of rule keys. Widgets, pages, /rules.json and tests import from
 * here. Pure TypeScript; imports only zod/mini and its own files.
 */

// Verdicts
export {
  FIELD_ERROR_MESSAGES,
  kindOf,
  type FieldError,
  type FieldErrorMessage,
  type Finding,
  type FindingParams,
  type Severity,
  type Verdict,
  type VerdictKind,
} from './verdict.ts';

// The "Why?" trace: every test a check made, with the values it compared
export { tracer, type Relation, type TraceStep, type TraceValue, type TraceValues } from './trace.ts';
export { TRACE_TESTS, testsOfRule, traceTests, type TraceTest, type TraceTestDefinition } from './trace-catalogue.ts';
export { CO_FINANCING_TESTS, type CoFinancingTest } from './co-financing/trace-tests.ts';
export { PARTNERSHIP_TESTS, type PartnershipTest } from './partnership/trace-tests.ts';
export { PROJECT_TYPE_TESTS, QUESTION_RULES, type ProjectTypeTest } from './project-type/trace-tests.ts';

// Parameters and their sources
export { current, valueAt, type DatedValue, type IsoDate, type Parameter, type Unit } from './parameter.ts';
export * from './params/index.ts';
export type { FactGrade, FactsSource, SeedFile, SeedSource, Source } from './source.ts';
export { SEED_FILES } from './source.ts';

// Shared vocabulary
export { INPUT_LIMITS } from './limits.ts';
export {
  HIGHER_EDUCATION,
  NO_FORMAL_EDUCATION,
  SCHOOL_LEVELS,
  type AllowedSchoolLevel,
  type SchoolLevel,
} from './school-levels.ts';
export {
  COUNTRY_CODES,
  EXTRA_COUNTRY_CODES,
  ISO_3166_1_ALPHA_2,
  isCountryCode,
  type CountryCode,
  type IsoCountryCode,
} from './countries/codes.ts';

// Rules catalogue
export { RULE_KEYS, isRuleKey, rulesCatalogue, type RuleKey } from './catalogue.ts';
export type { CheckName, RuleDefinition } from './rule-definition.ts';

// Check: project type (nytt projekt / fördjupningsprojekt / another programme)
export { checkProjectType, type ProjectTypeResult } from './project-type/check.ts';
export { evaluateProjectType, type ProjectTypeVerdict } from './project-type/evaluate.ts';
export {
  ANSWER_IDS,
  OUTCOME_IDS,
  QUESTION_IDS,
  isOutcomeId,
  isQuestionId,
  projectTypeGraph,
  type Answer,
  type AnswerId,
  type Outcome,
  type OutcomeId,
  type Programme,
  type ProjectTypeGraph,
  type Question,
  type QuestionId,
} from './project-type/graph.ts';
export { PROJECT_TYPE_RULES, projectTypeRules, type ProjectTypeRule } from './project-type/rules.ts';
export { projectTypeAnswersSchema, type ProjectTypeAnswers } from './project-type/schema.ts';
export { walk, type AnswerMap, type Step, type Walk } from './project-type/walk.ts';

// Check: co-financing (egenfinansiering, schabloner)
export { checkCoFinancing, computeCoFinancing, evaluateCoFinancing, type CheckOptions } from './co-financing/check.ts';
export type { CoFinancingResult, FlatRateOrigin, StaffCostMissing } from './co-financing/result.ts';
export { PLAUSIBLE_RATE_FACTOR, isPlausibleRate } from './co-financing/plausibility.ts';
export { CO_FINANCING_RULES, coFinancingRules, type CoFinancingRule } from './co-financing/rules.ts';
export { ZONES, coFinancingInputSchema, type CoFinancingInput, type Zone } from './co-financing/schema.ts';

// Check: partnership (hur projektet är uppbyggt)
export { SWEDEN, checkPartnership, evaluatePartnership, type PartnershipResult } from './partnership/check.ts';
export { PARTNERSHIP_RULES, partnershipRules, type PartnershipRule } from './partnership/rules.ts';
export {
  EXCHANGE_TYPES,
  foreignSchoolSchema,
  partnershipInputSchema,
  swedishSchoolSchema,
  type ExchangeType,
  type ForeignSchool,
  type PartnershipInput,
  type SwedishSchool,
} from './partnership/schema.ts';

// Places: territories with their parent state and own EU/EEA status, and the day asked about
export { AS_OF_PATH, isIsoDate } from './as-of.ts';
export { today, valueOn } from './parameter.ts';
export { PLACES_WITHOUT_PARENT, TERRITORIES, type OwnStatus, type Territory } from './places/territories.ts';
export { NORDIC_STATES, isTerritoryOfEuEeaState, oecdMemberCode, placeIn, placeOf, type Place } from './places/place.ts';
export { legalTexts } from './places/public-texts.ts';
export type { PublicTextSource } from './source.ts';

// Changelog: what changed, from when, by the parameters' dated values
export {
  addDays,
  changelog,
  changesOf,
  type ChangeEntry,
  type ChangeKind,
  type Changelog,
  type ParameterChange,
  type Period,
  type UndatedValue,
} from './changelog.ts';
