/**
 * Temporary bridge until src/i18n/rules lands: the rule's sentence in the
 * page's language. Replaced by the rules helper's messages.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { Finding } from '../../rules/index.ts';

export function ruleSentence(finding: Finding, _locale: Locale): string {
  return finding.rule;
}
