/**
 * A finding's sentence and its "why", and a trace step's line, from one language's messages. Kept apart
 * from index.ts (which holds both languages) so a widget's script can load
 * the messages of its page's language alone (islands/kit/rule-messages.ts).
 * An unknown key (from an older URL, say) gives the key itself, not an exception.
 */
import type { Finding } from '../../rules/verdict.ts';
import type { TraceStep } from '../../rules/trace.ts';
import type { RuleMessage, SomeRuleMessages, TraceMessage } from './types.ts';

const messageFor = (messages: SomeRuleMessages, finding: Pick<Finding, 'rule'>): RuleMessage | undefined =>
  (messages.rules as Readonly<Partial<Record<string, RuleMessage>>>)[finding.rule];

export const sentenceIn = (messages: SomeRuleMessages, finding: Pick<Finding, 'rule' | 'params'>): string =>
  messageFor(messages, finding)?.text(finding.params) ?? finding.rule;

export const whyIn = (messages: SomeRuleMessages, finding: Pick<Finding, 'rule' | 'params'>): string =>
  messageFor(messages, finding)?.why(finding.params) ?? '';

/** A trace step in words: the rule's plain name and the values it compared. A missing message gives the test key. */
export function traceLineIn(messages: SomeRuleMessages, step: Pick<TraceStep, 'test' | 'values' | 'held'>): { name: string; text: string } {
  const message = (messages.trace as Readonly<Partial<Record<string, TraceMessage>>> | undefined)?.[step.test];
  return message ? { name: message.name, text: message.text(step.values, step.held) } : { name: step.test, text: '' };
}
