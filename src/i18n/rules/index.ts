/**
 * Rule and field-error messages per language, and the three functions a
 * widget or page needs: a finding's sentence, its "why", and a field error's
 * sentence. Unknown keys (from an older URL, say) give the key itself rather
 * than an exception.
 */
import type { FieldErrorMessage, Finding } from '../../rules/index.ts';
import type { Locale } from '../locales.ts';
import { ruleMessagesEn } from './en.ts';
import { ruleMessagesSv } from './sv.ts';
import type { RuleMessage, RuleMessages } from './types.ts';

export type { RuleMessage, RuleMessages } from './types.ts';
export { rowName } from './read-params.ts';

export const ruleMessages: Readonly<Record<Locale, RuleMessages>> = { sv: ruleMessagesSv, en: ruleMessagesEn };

const messageFor = (finding: Pick<Finding, 'rule'>, locale: Locale): RuleMessage | undefined =>
  (ruleMessages[locale].rules as Readonly<Record<string, RuleMessage>>)[finding.rule];

/** The finding's sentence in `locale`. */
export function ruleSentence(finding: Pick<Finding, 'rule' | 'params'>, locale: Locale): string {
  return messageFor(finding, locale)?.text(finding.params) ?? finding.rule;
}

/** Why the rule applies: the rule it rests on, in a sentence. */
export function ruleWhy(finding: Pick<Finding, 'rule' | 'params'>, locale: Locale): string {
  return messageFor(finding, locale)?.why(finding.params) ?? '';
}

/** The sentence for a field error's message key. */
export function fieldErrorSentence(message: FieldErrorMessage, locale: Locale): string {
  return ruleMessages[locale].fieldErrors[message] ?? message;
}
