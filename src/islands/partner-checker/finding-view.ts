/**
 * The partnership check's findings as the verdict panel shows them: the rule's
 * sentence in the page's language, which of the reader's rows it is about,
 * the guidance section it rests on, and its sources (from the rule's
 * definition in src/rules). Findings of one rule about several rows become one
 * item naming every row, so each rule appears once.
 */
import { countryName } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { kitStrings } from '../../i18n/widgets/kit.ts';
import type { PartnerCheckerStrings } from '../../i18n/widgets/partner-checker.ts';
import { partnershipRules, type Finding, type PartnershipRule } from '../../rules/index.ts';
import { fill, sourceLabel, type FindingView } from '../kit/index.ts';
import { guideUrlFor } from './guide-links.ts';
import { foreignRowName, swedishRowName, type RowName } from './read-form.ts';
import { ruleSentence } from './rule-sentence.ts';

export interface FindingContext {
  readonly locale: Locale;
  readonly t: PartnerCheckerStrings;
  readonly nameOf: (row: RowName) => string;
  readonly guideUrls: Readonly<Record<string, string>>;
}

/** "School abroad 2 (Germany)" for a finding about one row; nothing for a finding about the whole project. */
function rowOf(f: Finding, ctx: FindingContext): string | undefined {
  const { path, country } = f.params;
  if (typeof path !== 'string') return undefined;
  const [side, index] = path.split('.');
  const i = Number(index);
  if (!Number.isInteger(i)) return undefined;
  const name = ctx.nameOf(side === 'swedishSchools' ? swedishRowName(i) : foreignRowName(i));
  return typeof country === 'string' ? `${name} (${countryName(country, ctx.locale)})` : name;
}

export function findingViews(findings: readonly Finding[], ctx: FindingContext): FindingView[] {
  const k = kitStrings[ctx.locale];
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);

  return [...byRule.values()].map((group) => {
    const first = group[0]!;
    const rule = first.rule as PartnershipRule;
    const definition = partnershipRules[rule];
    const labels = (definition?.sources ?? []).map((s) => sourceLabel(s, k));
    const sources = [...new Set(labels.map((l) => l.text))];
    const rows = group.map((f) => rowOf(f, ctx)).filter((r): r is string => r !== undefined);
    const href = guideUrlFor(rule, ctx.guideUrls, ctx.locale);
    return {
      rule,
      severity: first.severity,
      sentence: ruleSentence(first, ctx.locale),
      ...(rows.length > 0 ? { reason: fill(ctx.t.concerns, { rows: rows.join(', ') }) } : {}),
      ...(href ? { href } : {}),
      ...(sources.length > 0 ? { source: sources.join('; ') } : {}),
      checkCurrentCall: labels.some((l) => l.checkCurrentCall),
    };
  });
}
