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
import { sentenceIn, whyIn } from './say.ts';
import type { RuleMessages } from './types.ts';

export type { RuleMessage, RuleMessages } from './types.ts';
export { rowName } from './row-name.ts';

export const ruleMessages: Readonly<Record<Locale, RuleMessages>> = { sv: ruleMessagesSv, en: ruleMessagesEn };

/** The finding's sentence in `locale`. */
export const ruleSentence = (finding: Pick<Finding, 'rule' | 'params'>, locale: Locale): string =>
  sentenceIn(ruleMessages[locale], finding);

/** Why the rule applies: the rule it rests on, in a sentence. */
export const ruleWhy = (finding: Pick<Finding, 'rule' | 'params'>, locale: Locale): string => whyIn(ruleMessages[locale], finding);

/** The sentence for a field error's message key. */
export function fieldErrorSentence(message: FieldErrorMessage, locale: Locale): string {
  return ruleMessages[locale].fieldErrors[message] ?? message;
}
