/**
 * The rule messages of one language, loaded with a widget's on-use part: the
 * page's language is known only in the browser's props, so each language is
 * its own chunk and a page fetches just its own (a Swedish page never loads
 * the English sentences).
 */
import type { Locale } from '../../i18n/locales.ts';
import type { RuleMessages } from '../../i18n/rules/types.ts';

export const loadRuleMessages = (locale: Locale): Promise<RuleMessages> =>
  locale === 'sv'
    ? import('../../i18n/rules/sv.ts').then((m) => m.ruleMessagesSv)
    : import('../../i18n/rules/en.ts').then((m) => m.ruleMessagesEn);

/**
 * A widget's on-use part together with its page's rule messages: one load,
 * one pending/failed state (useOnUse), and the part's module gains `messages`.
 */
export const withRuleMessages =
  <Part extends object>(locale: Locale, importer: () => Promise<Part>) =>
  (): Promise<Part & { readonly messages: RuleMessages }> =>
    Promise.all([importer(), loadRuleMessages(locale)]).then(([part, messages]) => ({ ...part, messages }));
