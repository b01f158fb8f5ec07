/**
 * The check's findings as the verdict panel shows them: the rule's sentence in
 * the page's language (src/i18n/rules), the guidance it rests on, and its
 * sources (from the rule's definition in src/rules).
 */
import type { Locale } from '../../i18n/locales.ts';
import { kitStrings } from '../../i18n/widgets/kit.ts';
import { coFinancingRules, type CoFinancingRule } from '../../rules/co-financing/rules.ts';
import type { Finding } from '../../rules/verdict.ts';
import { sourceLabel } from '../kit/source-label.ts';
import type { FindingView } from '../kit/VerdictPanel.tsx';
import { ruleSentence } from './rule-sentence.ts';

export function findingViews(findings: readonly Finding<CoFinancingRule>[], locale: Locale, guideHref?: string): FindingView[] {
  const k = kitStrings[locale];
  return findings.map((f) => {
    const labels = coFinancingRules[f.rule].sources.map((s) => sourceLabel(s, k));
    const unique = [...new Set(labels.map((l) => l.text))];
    return {
      rule: f.rule,
      severity: f.severity,
      sentence: ruleSentence(f, locale),
      ...(guideHref ? { href: guideHref } : {}),
      ...(unique.length > 0 ? { source: unique.join('; ') } : {}),
      checkCurrentCall: labels.some((l) => l.checkCurrentCall),
    };
  });
}
