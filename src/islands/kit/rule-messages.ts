/**
 * The rule messages a widget needs, loaded with its on-use part: its own
 * check's, in its page's language. The language is known only in the
 * browser's props, so each check and language is its own chunk and a page
 * fetches just its own (a Swedish calculator never loads English sentences,
 * nor the partner checker's).
 *
 * With the rule messages come the lines of the check's "Why?" trace (the
 * quiz's are worded by its page, so its loaders carry rules only).
 *
 * One loader function per chunk: Vite preloads what an import needs, and when
 * two imports stood in one conditional expression the minifier merged their
 * preloads into one that fetched both (test/browser/budgets/everything-loaded.test.ts).
 */
import type { Locale } from '../../i18n/locales.ts';
import type { SomeRuleMessages } from '../../i18n/rules/types.ts';
import type { CheckName } from '../../rules/rule-definition.ts';

type Loader = () => Promise<SomeRuleMessages>;

const LOADERS: Readonly<Record<Locale, Readonly<Record<CheckName, Loader>>>> = {
  sv: {
    'project-type': () => import('../../i18n/rules/sv/project-type.ts').then((m) => ({ rules: m.projectTypeMessagesSv })),
    'co-financing': () => import('../../i18n/rules/sv/co-financing.ts').then((m) => ({ rules: m.coFinancingMessagesSv, trace: m.coFinancingTraceSv })),
    partnership: () => import('../../i18n/rules/sv/partnership.ts').then((m) => ({ rules: m.partnershipMessagesSv, trace: m.partnershipTraceSv })),
  },
  en: {
    'project-type': () => import('../../i18n/rules/en/project-type.ts').then((m) => ({ rules: m.projectTypeMessagesEn })),
    'co-financing': () => import('../../i18n/rules/en/co-financing.ts').then((m) => ({ rules: m.coFinancingMessagesEn, trace: m.coFinancingTraceEn })),
    partnership: () => import('../../i18n/rules/en/partnership.ts').then((m) => ({ rules: m.partnershipMessagesEn, trace: m.partnershipTraceEn })),
  },
};

export const loadRuleMessages = (locale: Locale, check: CheckName): Promise<SomeRuleMessages> => LOADERS[locale][check]();

/**
 * A widget's on-use part together with its rule messages: one load, one
 * pending/failed state (useOnUse), and the part's module gains `messages`.
 */
export const withRuleMessages =
  <Part extends object>(locale: Locale, check: CheckName, importer: () => Promise<Part>) =>
  (): Promise<Part & { readonly messages: SomeRuleMessages }> =>
    Promise.all([importer(), loadRuleMessages(locale, check)]).then(([part, messages]) => ({ ...part, messages }));
