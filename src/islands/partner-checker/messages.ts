/** The partnership check's messages and trace lines, per language, for the kit's withRuleMessages. */
import type { RuleMessageLoaders } from '../kit/rule-messages.ts';

export const partnershipMessages: RuleMessageLoaders = {
  sv: () => import('../../i18n/rules/sv/partnership.ts').then((m) => ({ rules: m.partnershipMessagesSv, trace: m.partnershipTraceSv })),
  en: () => import('../../i18n/rules/en/partnership.ts').then((m) => ({ rules: m.partnershipMessagesEn, trace: m.partnershipTraceEn })),
};
