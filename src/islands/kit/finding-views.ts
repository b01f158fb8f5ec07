/**
 * The one way a rules-module finding becomes words on a widget (docs/adr/0006):
 * the rule's sentence and its "why" in the page's language (src/i18n/rules),
 * where the guidance explains it, and its sources as the rules module records
 * them (the rules catalogue), linked to the rule's entry on the rules page.
 * Every widget's result goes through here into the kit's VerdictPanel.
 */
import type { Locale } from '../../i18n/locales.ts';
import { ruleSentence, ruleWhy } from '../../i18n/rules/index.ts';
import { kitStrings } from '../../i18n/widgets/kit.ts';
import { isRuleKey, rulesCatalogue } from '../../rules/catalogue.ts';
import type { Finding } from '../../rules/verdict.ts';
import { sourceLabel } from './source-label.ts';
import type { FindingView } from './VerdictPanel.tsx';

/** Where a widget's findings link to; worked out by the page (the route registry is build-time only). */
export interface FindingLinks {
  /** The guidance page (and section) that explains each rule, by rule key. */
  readonly guideHrefs?: Readonly<Partial<Record<string, string>>>;
  /** The rules-and-sources page; each finding's source links to its rule there. */
  readonly rulesHref?: string | undefined;
}

export function findingViews(findings: readonly Finding[], locale: Locale, links: FindingLinks = {}): FindingView[] {
  const k = kitStrings[locale];
  return findings.map((f) => {
    const labels = (isRuleKey(f.rule) ? rulesCatalogue[f.rule].sources : []).map((s) => sourceLabel(s, k));
    const sources = [...new Set(labels.map((l) => l.text))];
    const reason = ruleWhy(f, locale);
    const href = links.guideHrefs?.[f.rule];
    return {
      rule: f.rule,
      severity: f.severity,
      sentence: ruleSentence(f, locale),
      ...(reason ? { reason } : {}),
      ...(href ? { href } : {}),
      ...(sources.length > 0 ? { source: sources.join('; ') } : {}),
      ...(links.rulesHref && sources.length > 0 ? { sourceHref: `${links.rulesHref}#${f.rule}` } : {}),
      checkCurrentCall: labels.some((l) => l.checkCurrentCall),
    };
  });
}
