/**
 * Each rule's sources as its finding's "Source:" line says them, worked out
 * by the page at build time (the rules catalogue holds every quote; none of
 * it needs to travel in a widget's script). The page hands the table to its
 * widget inside FindingLinks; findingViews looks each finding's rule up there.
 */
import type { Locale } from '../../i18n/locales.ts';
import { kitStrings } from '../../i18n/widgets/kit.ts';
import { rulesCatalogue, type RuleKey } from '../../rules/catalogue.ts';
import type { RuleSources } from '../../islands/kit/types.ts';
import { sourceLabel } from './source-label.ts';

export function ruleSources(rules: readonly RuleKey[], locale: Locale): RuleSources {
  return Object.fromEntries(
    rules.flatMap((rule) => {
      const labels = rulesCatalogue[rule].sources.map((s) => sourceLabel(s, kitStrings[locale]));
      if (labels.length === 0) return [];
      const text = [...new Set(labels.map((l) => l.text))].join('; ');
      const quotes = rulesCatalogue[rule].sources.flatMap((s) => (s.kind === 'seed' ? [s.quote] : []));
      return [[rule, { text, checkCurrentCall: labels.some((l) => l.checkCurrentCall), quotes }]];
    }),
  );
}
