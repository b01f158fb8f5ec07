/**
 * Rule messages in English. The administrator's Swedish term stands in
 * brackets at its first use in a message (nytt projekt, fördjupningsprojekt,
 * schablon, egenfinansiering, partnerskola, APL), since each message may be
 * the first a reader sees. Every number comes from the finding's params.
 */
import type { RuleMessages } from './types.ts';
import { coFinancingMessagesEn, coFinancingTraceEn } from './en/co-financing.ts';
import { fieldErrorsEn } from './en/field-errors.ts';
import { partnershipMessagesEn, partnershipTraceEn } from './en/partnership.ts';
import { projectTypeMessagesEn } from './en/project-type.ts';
import { projectTypeTraceEn } from './en/project-type-trace.ts';

export const ruleMessagesEn: RuleMessages = {
  rules: { ...projectTypeMessagesEn, ...coFinancingMessagesEn, ...partnershipMessagesEn },
  trace: { ...projectTypeTraceEn, ...coFinancingTraceEn, ...partnershipTraceEn },
  fieldErrors: fieldErrorsEn,
};
