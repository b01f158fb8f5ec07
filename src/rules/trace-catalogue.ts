/**
 * Every test key of every check's "Why?" trace with its check and the rules
 * its steps may apply: what the message tests walk, and what the rules page
 * reads to say which widget tests use a rule.
 */
import type { RuleKey } from './catalogue.ts';
import { CO_FINANCING_TESTS, type CoFinancingTest } from './co-financing/trace-tests.ts';
import { PARTNERSHIP_TESTS, type PartnershipTest } from './partnership/trace-tests.ts';
import { PROJECT_TYPE_TESTS, type ProjectTypeTest } from './project-type/trace-tests.ts';
import type { CheckName } from './rule-definition.ts';

export type TraceTest = ProjectTypeTest | CoFinancingTest | PartnershipTest;

export interface TraceTestDefinition {
  readonly check: CheckName;
  readonly rules: readonly RuleKey[];
}

const of = (check: CheckName, tests: Readonly<Record<string, readonly RuleKey[]>>) =>
  Object.entries(tests).map(([test, rules]) => [test, { check, rules }] as const);

export const traceTests: Readonly<Record<TraceTest, TraceTestDefinition>> = Object.fromEntries([
  ...of('project-type', PROJECT_TYPE_TESTS),
  ...of('co-financing', CO_FINANCING_TESTS),
  ...of('partnership', PARTNERSHIP_TESTS),
]) as Record<TraceTest, TraceTestDefinition>;

export const TRACE_TESTS = Object.keys(traceTests) as TraceTest[];

/** The tests whose steps may apply `rule`, in the checks' order. */
export const testsOfRule = (rule: RuleKey): TraceTest[] => TRACE_TESTS.filter((test) => traceTests[test].rules.includes(rule));
