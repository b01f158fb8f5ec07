/**
 * Every rule key of every check with its severity, parameters and sources:
 * what the rules page and /rules.json list, and what the message tests walk.
 */
import { coFinancingRules, type CoFinancingRule } from './co-financing/rules.ts';
import { partnershipRules, type PartnershipRule } from './partnership/rules.ts';
import { projectTypeRules, type ProjectTypeRule } from './project-type/rules.ts';
import type { RuleDefinition } from './rule-definition.ts';

export type RuleKey = ProjectTypeRule | CoFinancingRule | PartnershipRule;

export const rulesCatalogue: Readonly<Record<RuleKey, RuleDefinition>> = {
  ...projectTypeRules,
  ...coFinancingRules,
  ...partnershipRules,
};

export const RULE_KEYS = Object.keys(rulesCatalogue) as RuleKey[];

export const isRuleKey = (value: unknown): value is RuleKey =>
  typeof value === 'string' && Object.hasOwn(rulesCatalogue, value);
