/**
 * The partnership check's findings as the verdict panel shows them: the rule's
 * sentence in the page's language, which of the reader's rows it is about,
 * the guidance section it rests on, and its sources (from the rule's
 * definition in src/rules). The check gives one finding per rule, listing
 * the rows it concerns; those are named as the form names them.
 */
import type { Locale } from '../../i18n/locales.ts';
import { kitStrings } from '../../i18n/widgets/kit.ts';
import type { PartnerCheckerStrings } from '../../i18n/widgets/partner-checker.ts';
import { partnershipRules, type PartnershipRule } from '../../rules/partnership/rules.ts';
import type { Finding } from '../../rules/verdict.ts';
import { fill, sourceLabel, type FindingView } from '../kit/index.ts';
import { guideUrlFor } from './guide-links.ts';
import { ruleSentence } from './rule-sentence.ts';

export interface FindingContext {
  readonly locale: Locale;
  readonly t: PartnerCheckerStrings;
  /** The reader's name for an input row (`foreignSchools.1` → "School abroad 2 (Germany)"). */
  readonly describeRow: (path: string) => string | undefined;
  readonly guideUrls: Readonly<Record<string, string>>;
}

/** The rows a finding concerns: `params.paths` as the check lists them. */
function rowsOf(f: Finding, ctx: FindingContext): string[] {
  const { paths } = f.params;
  if (!Array.isArray(paths)) return [];
  return paths.map((p) => ctx.describeRow(String(p))).filter((r): r is string => r !== undefined);
}

export function findingViews(findings: readonly Finding[], ctx: FindingContext): FindingView[] {
  const k = kitStrings[ctx.locale];
  return findings.map((f) => {
    const rule = f.rule as PartnershipRule;
    const labels = (partnershipRules[rule]?.sources ?? []).map((s) => sourceLabel(s, k));
    const sources = [...new Set(labels.map((l) => l.text))];
    const rows = rowsOf(f, ctx);
    const href = guideUrlFor(rule, ctx.guideUrls, ctx.locale);
    return {
      rule,
      severity: f.severity,
      sentence: ruleSentence(f, ctx.locale),
      ...(rows.length > 0 ? { reason: fill(ctx.t.concerns, { rows: rows.join(', ') }) } : {}),
      ...(href ? { href } : {}),
      ...(sources.length > 0 ? { source: sources.join('; ') } : {}),
      checkCurrentCall: labels.some((l) => l.checkCurrentCall),
    };
  });
}
