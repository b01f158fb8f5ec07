/**
 * Every rule key and every field-error key has a message in both languages,
 * and every message renders a non-empty sentence from the params the check
 * really produces (taken from the fixtures), with no "undefined" or "NaN" in it.
 */
import { describe, expect, test } from 'vitest';
import { fieldErrorSentence, ruleMessages, ruleSentence, ruleWhy } from '../../../src/i18n/rules/index.ts';
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
  checkCoFinancing,
  checkPartnership,
  checkProjectType,
  type Finding,
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

  const findings: Finding[] = [
    ...projectTypeFixtures.map((f) => checkProjectType(f.input)),
    ...coFinancingFixtures.map((f) => checkCoFinancing(f.input, { date: FIXTURE_DATE })),
    ...partnershipFixtures.map((f) => checkPartnership(f.input, { date: FIXTURE_DATE })),
  ].flatMap((v): readonly Finding[] => (v.kind === 'invalid' ? [] : v.findings));

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
