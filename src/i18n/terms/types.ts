/**
 * Names of the term keys the rules module uses (school levels, exchange types,
 * applicants, zones, the quiz's questions, answers and outcomes), one shape for
 * both languages so a missing name is a type error.
 */
import type {
  AnswerId,
  ExchangeType,
  OutcomeId,
  Programme,
  QuestionId,
  SchoolLevel,
  Zone,
  eligibleApplicants,
} from '../../rules/index.ts';

/** Who may apply: `preschool`, `school`, `adult-education`. */
export type ApplicantKey = (typeof eligibleApplicants.values)[number]['value'][number];

export interface QuestionTerms {
  /** The question as the quiz asks it (the legend of its fieldset). */
  readonly text: string;
  /** A hint under the question; omit when the question is plain. */
  readonly hint?: string;
}

export interface Terms {
  readonly schoolLevels: Readonly<Record<SchoolLevel, string>>;
  readonly exchangeTypes: Readonly<Record<ExchangeType, string>>;
  readonly applicants: Readonly<Record<ApplicantKey, string>>;
  /** Flat-rate zones. */
  readonly zones: Readonly<Record<Zone, string>>;
  /** The same inside a sentence ("partner countries in the rest of the world"). */
  readonly zonesInText: Readonly<Record<Zone, string>>;
  readonly programmes: Readonly<Record<Programme, string>>;
  /** Outcome names, as a heading says them. */
  readonly outcomes: Readonly<Record<OutcomeId, string>>;
  readonly questions: Readonly<Record<QuestionId, QuestionTerms>>;
  readonly answers: { readonly [Q in QuestionId]: Readonly<Record<AnswerId<Q>, string>> };
  /** The rows of the partner checker, for messages that point at them: `{n}` is the row's number from 1. */
  readonly rows: { readonly applicant: string; readonly swedishSchool: string; readonly foreignSchool: string };
}
