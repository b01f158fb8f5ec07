/** The co-financing check's messages and trace lines, per language, for the kit's withRuleMessages. */
import type { RuleMessageLoaders } from '../kit/rule-messages.ts';

export const coFinancingMessages: RuleMessageLoaders = {
  sv: () => import('../../i18n/rules/sv/co-financing.ts').then((m) => ({ rules: m.coFinancingMessagesSv, trace: m.coFinancingTraceSv })),
  en: () => import('../../i18n/rules/en/co-financing.ts').then((m) => ({ rules: m.coFinancingMessagesEn, trace: m.coFinancingTraceEn })),
};
