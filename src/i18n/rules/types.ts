/**
 * The shape of the rule messages: for every rule key a sentence and a short
 * "why", both built from the finding's params, and a sentence for every
 * field-error key. Both languages implement it, so a missing message is a type
 * error (and a test checks it at run time too).
 */
import type { FieldErrorMessage, FindingParams, RuleKey, TraceTest, TraceValues } from '../../rules/index.ts';

export interface RuleMessage {
  /** What the finding says about these answers. */
  readonly text: (params: FindingParams) => string;
  /** Why: the rule it rests on, in a sentence. */
  readonly why: (params: FindingParams) => string;
}

/** A test of the "Why?" trace: the rule in plain words, and the values it compared. */
export interface TraceMessage {
  readonly name: string;
  /** The values as a short sentence; `held` picks the relation's sign (4 deltagare ≥ 4, 3 deltagare < 4). */
  readonly text: (values: TraceValues, held: boolean) => string;
}

export interface RuleMessages {
  readonly rules: Readonly<Record<RuleKey, RuleMessage>>;
  readonly trace: Readonly<Record<TraceTest, TraceMessage>>;
  readonly fieldErrors: Readonly<Record<FieldErrorMessage, string>>;
}

/** One check's trace messages in one language, beside its rule messages. */
export type CheckTraceMessages<Test extends TraceTest> = Readonly<Record<Test, TraceMessage>>;

/** One check's rule messages in one language (src/i18n/rules/<lang>/<check>.ts). */
export type CheckMessages<Rule extends RuleKey> = Readonly<Record<Rule, RuleMessage>>;

/** Rule messages as a widget loads them: one check's (or all), one language. A missing key reads as the key itself. */
export interface SomeRuleMessages {
  readonly rules: Readonly<Partial<Record<RuleKey, RuleMessage>>>;
  readonly trace?: Readonly<Partial<Record<TraceTest, TraceMessage>>>;
}
