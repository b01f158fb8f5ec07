/**
 * The shape of the rule messages: for every rule key a sentence and a short
 * "why", both built from the finding's params, and a sentence for every
 * field-error key. Both languages implement it, so a missing message is a type
 * error (and a test checks it at run time too).
 */
import type { FieldErrorMessage, FindingParams, RuleKey } from '../../rules/index.ts';

export interface RuleMessage {
  /** What the finding says about these answers. */
  readonly text: (params: FindingParams) => string;
  /** Why: the rule it rests on, in a sentence. */
  readonly why: (params: FindingParams) => string;
}

export interface RuleMessages {
  readonly rules: Readonly<Record<RuleKey, RuleMessage>>;
  readonly fieldErrors: Readonly<Record<FieldErrorMessage, string>>;
}

/** One check's rule messages in one language (src/i18n/rules/<lang>/<check>.ts). */
export type CheckMessages<Rule extends RuleKey> = Readonly<Record<Rule, RuleMessage>>;

/** Rule messages as a widget loads them: one check's (or all), one language. A missing key reads as the key itself. */
export interface SomeRuleMessages {
  readonly rules: Readonly<Partial<Record<RuleKey, RuleMessage>>>;
}
