/**
 * The one way a rules-module finding becomes words on a widget (docs/adr/0006):
 * the rule's sentence and its "why" in the page's language (one language's
 * messages: loaded with the widget's part in the browser, rule-messages.ts),
 * where the guidance explains it, and its sources (worked out by the page,
 * rule-sources.ts), linked to the rule's entry on the rules page. Every
 * widget's result goes through here into the kit's VerdictPanel.
 */
import { sentenceIn, traceLineIn, whyIn } from '../../i18n/rules/say.ts';
import type { SomeRuleMessages } from '../../i18n/rules/types.ts';
import type { TraceStep } from '../../rules/trace.ts';
import type { Finding } from '../../rules/verdict.ts';
import type { RuleSources } from './types.ts';
import type { FindingView, RulesApplied, TraceView } from './VerdictPanel.tsx';

/** Where a widget's findings link to and what they cite; worked out by the page (the route registry and the catalogue are build-time only). */
export interface FindingLinks {
  /** The guidance page (and section) that explains each rule, by rule key. */
  readonly guideHrefs?: Readonly<Partial<Record<string, string>>>;
  /** The rules-and-sources page; each finding's source links to its rule there. */
  readonly rulesHref?: string | undefined;
  /** Each rule's sources, name and seed sentences: `ruleSources(rules, locale)`. */
  readonly sources?: RuleSources;
  /** The rules' content version (/rules.json's rulesVersion), named in each result's "Why?". */
  readonly rulesVersion?: string;
}

export function findingViews(findings: readonly Finding[], messages: SomeRuleMessages, links: FindingLinks = {}): FindingView[] {
  return findings.map((f) => {
    const source = links.sources?.[f.rule];
    const reason = whyIn(messages, f);
    const href = links.guideHrefs?.[f.rule];
    return {
      rule: f.rule,
      severity: f.severity,
      sentence: sentenceIn(messages, f),
      ...(reason ? { reason } : {}),
      ...(href ? { href } : {}),
      ...(source ? { source: source.text, checkCurrentCall: source.checkCurrentCall } : {}),
      ...(links.rulesHref && source ? { sourceHref: `${links.rulesHref}#rule-${f.rule}` } : {}),
    };
  });
}

/** Each test of the verdict's trace in words: the rule's plain name, the values it compared, its seed sentences and source. */
export function traceViews(trace: readonly TraceStep[], messages: SomeRuleMessages, links: FindingLinks = {}): TraceView[] {
  return trace.map((step) => {
    const source = links.sources?.[step.rule];
    return {
      test: step.test,
      rule: step.rule,
      held: step.held,
      ...traceLineIn(messages, step),
      ...(source ? { source: source.text, quotes: source.quotes } : {}),
      ...(links.rulesHref && source ? { sourceHref: `${links.rulesHref}#rule-${step.rule}` } : {}),
    };
  });
}

/**
 * What the "Why?" of a check of dated rules (the calculator's, the partner checker's) shows: the trace in
 * words, the rules' version and the day they were applied on, which the reader may change.
 */
export const rulesApplied = (trace: readonly TraceStep[], messages: SomeRuleMessages, links: FindingLinks, asOf: string): RulesApplied => ({
  version: links.rulesVersion,
  asOf,
  dated: true,
  trace: traceViews(trace, messages, links),
});
