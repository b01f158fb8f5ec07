/**
 * The partnership check's findings as the verdict panel shows them: the rule's
 * sentence and its reason in the page's language (src/i18n/rules), the
 * guidance section it rests on, and its sources (from the rule's definition in
 * src/rules). The check gives one finding per rule, naming the rows it
 * concerns in its params; the sentence names them as the form's legends do.
 */
import type { Locale } from '../../i18n/locales.ts';
import { ruleSentence, ruleWhy } from '../../i18n/rules/index.ts';
import { kitStrings } from '../../i18n/widgets/kit.ts';
import { partnershipRules, type PartnershipRule } from '../../rules/partnership/rules.ts';
import type { Finding } from '../../rules/verdict.ts';
import { sourceLabel } from '../kit/source-label.ts';
import type { FindingView } from '../kit/VerdictPanel.tsx';
import { guideUrlFor } from './guide-links.ts';

export function findingViews(
  findings: readonly Finding[],
  locale: Locale,
  guideUrls: Readonly<Record<string, string>>,
): FindingView[] {
  const k = kitStrings[locale];
  return findings.map((f) => {
    const rule = f.rule as PartnershipRule;
    const labels = (partnershipRules[rule]?.sources ?? []).map((s) => sourceLabel(s, k));
    const sources = [...new Set(labels.map((l) => l.text))];
    const href = guideUrlFor(rule, guideUrls, locale);
    const reason = ruleWhy(f, locale);
    return {
      rule,
      severity: f.severity,
      sentence: ruleSentence(f, locale),
      ...(reason ? { reason } : {}),
      ...(href ? { href } : {}),
      ...(sources.length > 0 ? { source: sources.join('; ') } : {}),
      checkCurrentCall: labels.some((l) => l.checkCurrentCall),
    };
  });
}
