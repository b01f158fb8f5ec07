/**
 * The one way a rules-module finding becomes words on a widget (docs/adr/0006):
 * the rule's sentence and its "why" in the page's language (src/i18n/rules),
 * where the guidance explains it, and its sources (worked out by the page,
 * rule-sources.ts), linked to the rule's entry on the rules page. Every
 * widget's result goes through here into the kit's VerdictPanel.
 */
import type { Locale } from '../../i18n/locales.ts';
import { ruleSentence, ruleWhy } from '../../i18n/rules/index.ts';
import type { Finding } from '../../rules/verdict.ts';
import type { RuleSources } from './rule-sources.ts';
import type { FindingView } from './VerdictPanel.tsx';

/** Where a widget's findings link to and what they cite; worked out by the page (the route registry and the catalogue are build-time only). */
export interface FindingLinks {
  /** The guidance page (and section) that explains each rule, by rule key. */
  readonly guideHrefs?: Readonly<Partial<Record<string, string>>>;
  /** The rules-and-sources page; each finding's source links to its rule there. */
  readonly rulesHref?: string | undefined;
  /** Each rule's sources: `ruleSources(rules, locale)`. */
  readonly sources?: RuleSources;
}

export function findingViews(findings: readonly Finding[], locale: Locale, links: FindingLinks = {}): FindingView[] {
  return findings.map((f) => {
    const source = links.sources?.[f.rule];
    const reason = ruleWhy(f, locale);
    const href = links.guideHrefs?.[f.rule];
    return {
      rule: f.rule,
      severity: f.severity,
      sentence: ruleSentence(f, locale),
      ...(reason ? { reason } : {}),
      ...(href ? { href } : {}),
      ...(source ? { source: source.text, checkCurrentCall: source.checkCurrentCall } : {}),
      ...(links.rulesHref && source ? { sourceHref: `${links.rulesHref}#rule-${f.rule}` } : {}),
    };
  });
}
