/**
 * Rule messages in Swedish, in the administrator's terms (nytt projekt,
 * fördjupningsprojekt, schablon, egenfinansiering, partnerskola, APL). Every
 * number comes from the finding's params, never typed here.
 */
import type { RuleMessages } from './types.ts';
import { coFinancingMessagesSv, coFinancingTraceSv } from './sv/co-financing.ts';
import { fieldErrorsSv } from './sv/field-errors.ts';
import { partnershipMessagesSv, partnershipTraceSv } from './sv/partnership.ts';
import { projectTypeMessagesSv } from './sv/project-type.ts';
import { projectTypeTraceSv } from './sv/project-type-trace.ts';

export const ruleMessagesSv: RuleMessages = {
  rules: { ...projectTypeMessagesSv, ...coFinancingMessagesSv, ...partnershipMessagesSv },
  trace: { ...projectTypeTraceSv, ...coFinancingTraceSv, ...partnershipTraceSv },
  fieldErrors: fieldErrorsSv,
};
