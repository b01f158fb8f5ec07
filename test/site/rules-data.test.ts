/**
 * /rules.json and the rules pages carry every parameter of src/rules, with its
 * dated values and sources; secondary facts carry the "check the current call" note.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatDate } from '../../src/i18n/format.ts';
import { RULE_KEYS, QUESTION_IDS, OUTCOME_IDS, TRACE_TESTS, parameters, rulesCatalogue, testsOfRule, valueOn, type Parameter } from '../../src/rules/index.ts';
import { AS_OF_PATH } from '../../src/rules/iso-date.ts';
import { pageByUrl } from '../support/built-site.ts';
import { DIST } from '../support/dist.ts';

const keys = Object.keys(parameters);
const SELF_CHECK = { sv: '/sv/sjalvtest/', en: '/en/self-check/' } as const;
const json = JSON.parse(readFileSync(join(DIST, 'rules.json'), 'utf8')) as {
  schemaVersion: number;
  generated: string;
  rules: Record<string, { check: string; severity: string; sources: unknown[] }>;
  decisionGraph: { start: string; questions: Record<string, { answers: { id: string; next: string }[] }>; outcomes: Record<string, unknown> };
  parameters: Record<
    string,
    { unit: string; values: { validFrom: string | null; readOn: string; source: { kind: string; quote: { text: string } | null; origin: { sv: string; en: string } } }[] }
  >;
};

test('rules.json has a version, a date and every parameter with dated, sourced values', () => {
  expect(json.schemaVersion).toBeGreaterThanOrEqual(1);
  expect(json.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(Object.keys(json.parameters).sort()).toEqual([...keys].sort());
  for (const key of keys) {
    const entry = json.parameters[key]!;
    expect(entry.values.length, key).toBeGreaterThan(0);
    for (const v of entry.values) {
      expect(v.readOn, key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['administrator-text', 'other-public-material'], key).toContain(v.source.kind);
      // The administrator's words are quoted; other material is named by its origin (the compilation's wording stays internal).
      if (v.source.kind === 'administrator-text') expect(v.source.quote?.text.length, key).toBeGreaterThan(5);
      expect(v.source.origin.sv.length, key).toBeGreaterThan(5);
    }
  }
});

test('rules.json carries the rules catalogue and the quiz’s decision graph', () => {
  expect(Object.keys(json.rules).sort()).toEqual([...RULE_KEYS].sort());
  expect(Object.keys(json.decisionGraph.questions).sort()).toEqual([...QUESTION_IDS].sort());
  expect(Object.keys(json.decisionGraph.outcomes).sort()).toEqual([...OUTCOME_IDS].sort());
  expect(QUESTION_IDS).toContain(json.decisionGraph.start);
});

describe.each([
  ['/sv/regler-och-kallor/', 'sv'],
  ['/en/rules-and-sources/', 'en'],
] as const)('%s', (url, locale) => {
  const page = pageByUrl(url);

  test('every rule has its #rule-<key> entry, and the bare key (links made before) lands on its heading inside it', () => {
    for (const key of RULE_KEYS) {
      const entry = page!.doc.getElementById(`rule-${key}`);
      expect(entry?.getAttribute('data-rule'), key).toBe(key);
      expect(page!.doc.getElementById(key)?.closest('[data-rule]'), key).toBe(entry);
    }
  });

  test('each rule lists the tests of its self-check’s “Why?” that apply it, by name, and every test is listed under a rule', () => {
    const listed = new Set<string>();
    for (const key of RULE_KEYS) {
      const entry = page!.doc.getElementById(`rule-${key}`)!;
      const tested = entry.querySelector('[data-tested-as]');
      const expected = testsOfRule(key);
      expect(tested?.getAttribute('data-tested-as')?.split(' ') ?? [], key).toEqual(expected);
      expect(tested?.querySelectorAll('li').length ?? 0, key).toBe(expected.length);
      for (const test of expected) listed.add(test);
    }
    expect([...listed].sort()).toEqual([...TRACE_TESTS].sort());
  });

  test('each rule names the self-check that reports it, with links to the pages it is on, and its values with their periods', () => {
    for (const key of RULE_KEYS) {
      const entry = page!.doc.getElementById(`rule-${key}`)!;
      const usedBy = entry.querySelector('[data-used-by]')!;
      expect(usedBy.querySelectorAll('a[href]').length, key).toBeGreaterThan(0);
      const shown = [...entry.querySelectorAll('[data-rule-parameter]')].map((el) => el.getAttribute('data-rule-parameter'));
      expect(shown, key).toEqual([...rulesCatalogue[key].parameters]);
    }
  });

  test('names the day its marks apply to, and on that day marks exactly the value in force (or says there is none)', () => {
    const stated = page!.doc.querySelector('[data-as-of]');
    const day = stated?.getAttribute('data-as-of') ?? '';
    expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(stated!.textContent).toContain(formatDate(day, locale));
    for (const key of keys) {
      const section = page!.doc.querySelector(`[data-parameter="${key}"]`)!;
      const marked = section.querySelectorAll('[data-standing="in-force"]').length;
      const inForce = valueOn(parameters[key as keyof typeof parameters] as Parameter<unknown>, day);
      expect(marked, key).toBe(inForce ? 1 : 0);
      expect(section.querySelector('[data-no-value-on]') !== null, key).toBe(!inForce);
    }
  });

  test('its date field is a plain form that opens the self-check of the same language on the chosen day', () => {
    const form = page!.doc.querySelector<HTMLFormElement>('form[data-as-of-form]')!;
    expect(form).not.toBeNull();
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe(SELF_CHECK[locale]);
    const inputs = [...form.querySelectorAll('input, select, textarea')];
    // One field, the day: the address it opens carries `asOf` and nothing else.
    expect(inputs.map((i) => [i.getAttribute('type'), i.getAttribute('name')])).toEqual([['date', AS_OF_PATH]]);
    const field = inputs[0]!;
    expect(field.getAttribute('value')).toBe(page!.doc.querySelector('[data-as-of]')!.getAttribute('data-as-of'));
    expect(form.querySelector(`label[for="${field.id}"]`)).not.toBeNull();
    expect(page!.doc.getElementById(field.getAttribute('aria-describedby')!)).not.toBeNull();
    expect(form.querySelector('button[type="submit"]')).not.toBeNull();
  });

  test('exists and shows every parameter once, by key', () => {
    expect(page).toBeDefined();
    const shown = [...page!.doc.querySelectorAll('[data-parameter]')].map((el) => el.getAttribute('data-parameter'));
    expect(shown.sort()).toEqual([...keys].sort());
  });

  test('seed quotes are Swedish blockquotes; secondary facts say to check the current call', () => {
    for (const key of keys) {
      const section = page!.doc.querySelector(`[data-parameter="${key}"]`)!;
      const seedQuotes = section.querySelectorAll('[data-source-kind="seed"] blockquote');
      for (const q of seedQuotes) expect(q.getAttribute('lang')).toBe('sv');
      const secondary = section.querySelectorAll('[data-grade="secondary"]');
      expect(section.querySelectorAll('[data-check-current-call]').length, key).toBe(secondary.length);
    }
    expect(page!.doc.querySelectorAll('[data-grade="secondary"]').length).toBeGreaterThan(0);
  });

  test('lists every rule key and every question and outcome of the decision graph', () => {
    const rules = [...page!.doc.querySelectorAll('[data-rule]')].map((el) => el.getAttribute('data-rule'));
    expect(rules.sort()).toEqual([...RULE_KEYS].sort());
    const questions = [...page!.doc.querySelectorAll('[data-question]')].map((el) => el.getAttribute('data-question'));
    expect(questions).toEqual([...QUESTION_IDS]);
    const outcomes = [...page!.doc.querySelectorAll('[data-outcome]')].map((el) => el.getAttribute('data-outcome'));
    expect(outcomes).toEqual([...OUTCOME_IDS]);
  });

  test('every value without a start date says when its source was read', () => {
    for (const dd of page!.doc.querySelectorAll('[data-valid-from=""]')) expect(dd.textContent).toMatch(/\d{4}/);
  });
});
