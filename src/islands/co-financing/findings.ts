/**
 * The check's findings as the verdict panel shows them: the rule's sentence in
 * the page's language (src/i18n/rules), the guidance it rests on, and its
 * source line (worked out by the page, see page-data.ts).
 */
import type { Locale } from '../../i18n/locales.ts';
import type { CoFinancingRule } from '../../rules/co-financing/rules.ts';
import type { Finding } from '../../rules/verdict.ts';
import type { FindingView } from '../kit/VerdictPanel.tsx';
import type { CoFinancingPageData } from './page-data.ts';
import { ruleSentence, ruleWhy } from './rule-sentence.ts';

export function findingViews(
  findings: readonly Finding<CoFinancingRule>[],
  locale: Locale,
  data: CoFinancingPageData,
  links: { readonly guideHref?: string | undefined; readonly rulesHref?: string | undefined },
): FindingView[] {
  return findings.map((f) => {
    const source = data.ruleSources[f.rule];
    return {
      rule: f.rule,
      severity: f.severity,
      sentence: ruleSentence(f, locale),
      reason: ruleWhy(f, locale),
      ...(links.guideHref ? { href: links.guideHref } : {}),
      ...(source.text ? { source: source.text } : {}),
      ...(links.rulesHref ? { sourceHref: `${links.rulesHref}#${f.rule}` } : {}),
      checkCurrentCall: source.checkCurrentCall,
    };
  });
}
