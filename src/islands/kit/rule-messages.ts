/**
 * The rule messages a widget needs, loaded with its on-use part: its own
 * check's, in its page's language. The language is known only in the
 * browser's props, so each check and language is its own chunk and a page
 * fetches just its own (a Swedish calculator never loads English sentences,
 * nor the partner checker's). With the rule messages come the lines of the
 * check's "Why?" trace.
 *
 * Each widget declares its own two loaders (its folder's messages.ts), so its
 * up-front script names only its own check's chunks, not every check's.
 * One loader function per chunk: Vite preloads what an import needs, and when
 * two imports stood in one conditional expression the minifier merged their
 * preloads into one that fetched both (test/browser/budgets/everything-loaded.test.ts).
 */
import type { Locale } from '../../i18n/locales.ts';
import type { SomeRuleMessages } from '../../i18n/rules/types.ts';

/** One check's messages, one loader per language. */
export type RuleMessageLoaders = Readonly<Record<Locale, () => Promise<SomeRuleMessages>>>;

/**
 * A widget's on-use part together with its rule messages: one load, one
 * pending/failed state (useOnUse), and the part's module gains `messages`.
 */
export const withRuleMessages =
  <Part extends object>(locale: Locale, loaders: RuleMessageLoaders, importer: () => Promise<Part>) =>
  (): Promise<Part & { readonly messages: SomeRuleMessages }> =>
    Promise.all([importer(), loaders[locale]()]).then(([part, messages]) => ({ ...part, messages }));
