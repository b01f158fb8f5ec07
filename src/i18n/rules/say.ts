/**
 * A finding's sentence and its "why" from one language's messages. Kept apart
 * from index.ts (which holds both languages) so a widget's script can load
 * the messages of its page's language alone (islands/kit/rule-messages.ts).
 * An unknown key (from an older URL, say) gives the key itself, not an exception.
 */
import type { Finding } from '../../rules/verdict.ts';
import type { RuleMessage, SomeRuleMessages } from './types.ts';

const messageFor = (messages: SomeRuleMessages, finding: Pick<Finding, 'rule'>): RuleMessage | undefined =>
  (messages.rules as Readonly<Partial<Record<string, RuleMessage>>>)[finding.rule];

export const sentenceIn = (messages: SomeRuleMessages, finding: Pick<Finding, 'rule' | 'params'>): string =>
  messageFor(messages, finding)?.text(finding.params) ?? finding.rule;

export const whyIn = (messages: SomeRuleMessages, finding: Pick<Finding, 'rule' | 'params'>): string =>
  messageFor(messages, finding)?.why(finding.params) ?? '';
