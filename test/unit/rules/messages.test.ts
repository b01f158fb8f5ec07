/**
 * Every rule key and every field-error key has a message in both languages,
 * and every message renders a non-empty sentence from the params the check
 * really produces (taken from the fixtures), with no "undefined" or "NaN" in it.
 */
import { describe, expect, test } from 'vitest';
import { fieldErrorSentence, ruleMessages, ruleSentence, ruleWhy } from '../../../src/i18n/rules/index.ts';
import { traceLineIn } from '../../../src/i18n/rules/say.ts';
import { LOCALES } from '../../../src/i18n/locales.ts';
import {
  FIXTURE_DATE,
  coFinancingFixtures,
  partnershipFixtures,
  projectTypeFixtures,
} from '../../../src/rules/fixtures/index.ts';
import {
  FIELD_ERROR_MESSAGES,
  RULE_KEYS,
  TRACE_TESTS,
  checkCoFinancing,
  checkPartnership,
  checkProjectType,
  type Finding,
  type TraceStep,
} from '../../../src/rules/index.ts';

describe.each(LOCALES)('messages in %s', (locale) => {
  const messages = ruleMessages[locale];

  test('cover exactly the rule keys', () => {
    expect(Object.keys(messages.rules).sort()).toEqual([...RULE_KEYS].sort());
  });

  test('cover exactly the field-error keys', () => {
    expect(Object.keys(messages.fieldErrors).sort()).toEqual([...FIELD_ERROR_MESSAGES].sort());
    for (const key of FIELD_ERROR_MESSAGES) expect(fieldErrorSentence(key, locale).trim()).not.toBe('');
  });

  const verdicts = [
    ...projectTypeFixtures.map((f) => checkProjectType(f.input)),
    ...coFinancingFixtures.map((f) => checkCoFinancing(f.input, { date: FIXTURE_DATE })),
    ...partnershipFixtures.map((f) => checkPartnership(f.input, { date: FIXTURE_DATE })),
  ];
  const findings: Finding[] = verdicts.flatMap((v): readonly Finding[] => (v.kind === 'invalid' ? [] : v.findings));
  const steps: TraceStep[] = verdicts.flatMap((v): readonly TraceStep[] => (v.kind === 'invalid' ? [] : v.trace));

  test('cover exactly the trace test keys', () => {
    expect(Object.keys(messages.trace).sort()).toEqual([...TRACE_TESTS].sort());
  });

  test('the fixtures make every trace test, held and not held, so each line below is exercised', () => {
    expect(new Set(steps.map((s) => s.test))).toEqual(new Set(TRACE_TESTS));
    // A figure the rules define always holds, and a quiz step's line is its answer whether it held or not.
    const canFail = TRACE_TESTS.filter((t) => steps.some((s) => s.test === t && s.relation !== 'computed' && s.relation !== 'answer'));
    for (const test of canFail) expect(steps.some((s) => s.test === test && !s.held), test).toBe(true);
  });

  test.each(steps.map((s) => [`${s.test} ${s.held ? 'held' : 'not held'}`, s] as const))('%s renders its name and values', (_key, step) => {
    const line = traceLineIn(messages, step);
    expect(line.name.trim().length).toBeGreaterThan(3);
    expect(line.text.trim().length).toBeGreaterThan(1);
    for (const text of [line.name, line.text]) expect(text).not.toMatch(/undefined|NaN|null|\[object|project-type\.|partnership\.|co-financing\./);
  });

  test('the fixtures produce every rule key, so each message below is exercised', () => {
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(RULE_KEYS));
  });

  test.each(findings.map((f) => [f.rule, f] as const))('%s renders a sentence and a why', (_rule, finding) => {
    for (const text of [ruleSentence(finding, locale), ruleWhy(finding, locale)]) {
      expect(text.trim().length).toBeGreaterThan(10);
      expect(text).not.toMatch(/undefined|NaN|null|\[object/);
    }
  });

  test('an unknown rule key falls back to the key, without throwing', () => {
    expect(ruleSentence({ rule: 'no.such-rule', params: {} }, locale)).toBe('no.such-rule');
  });
});
