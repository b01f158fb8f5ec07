/**
 * Every workshop preset's query string, read back with the widget's own URL
 * reader, is the fixture's input again, and the rules give it the fixture's
 * verdict kind and rule keys. Both languages (country names differ).
 */
import { describe, expect, test } from 'vitest';
import { WIDGET_HOME, WORKSHOP_PREFIX, presetHref, presets } from '../../../src/components/workshop/presets.ts';
import { enteredIn, toInput } from '../../../src/islands/co-financing/form-state.ts';
import { readValuesFromUrl } from '../../../src/islands/co-financing/url.ts';
import { readForm } from '../../../src/islands/partner-checker/read-form.ts';
import { readFormFromUrl } from '../../../src/islands/partner-checker/url-codec.ts';
import { quizStateSpec } from '../../../src/islands/project-type-quiz/answers.ts';
import { checkCoFinancing } from '../../../src/rules/co-financing/check.ts';
import { FIXTURE_DATE, coFinancingFixtures } from '../../../src/rules/fixtures/co-financing.ts';
import { partnershipFixtures } from '../../../src/rules/fixtures/partnership.ts';
import { projectTypeFixtures } from '../../../src/rules/fixtures/project-type.ts';
import { checkPartnership } from '../../../src/rules/partnership/check.ts';
import { checkProjectType } from '../../../src/rules/project-type/check.ts';
import type { Verdict } from '../../../src/rules/verdict.ts';
import { formChoices } from '../../../src/components/widgets/partner-checker/choices.ts';

const CHOICES = formChoices();

const fixtureInput = (widget: string, id: string): unknown =>
  (widget === 'project-type-quiz' ? projectTypeFixtures : widget === 'partner-checker' ? partnershipFixtures : coFinancingFixtures).find(
    (f) => f.id === id,
  )?.input;

const kindAndRules = (v: Verdict<unknown, string>) =>
  v.kind === 'invalid' ? { kind: v.kind, rules: [] } : { kind: v.kind, rules: [...new Set(v.findings.map((f) => f.rule))].sort() };

test('the workshop has presets from all three widgets, with unique ids named in their own URL', () => {
  const list = presets('sv');
  expect(new Set(list.map((p) => p.widget))).toEqual(new Set(Object.keys(WIDGET_HOME)));
  expect(new Set(list.map((p) => p.id)).size).toBe(list.length);
  for (const p of list) expect(new URLSearchParams(p.search).get(`${WORKSHOP_PREFIX}-preset`)).toBe(p.id);
  // The examples are among them.
  expect(list.map((p) => p.id)).toEqual(
    expect.arrayContaining([
      'p-kenya-upper-secondary',
      'p-three-swedish-four-abroad',
      'p-partner-in-germany',
      'q-same-partner-last-year',
      'c-one-krona-short',
    ]),
  );
});

describe.each(['sv', 'en'] as const)('%s', (locale) => {
  for (const preset of presets(locale)) {
    test(`${preset.id}: the widget reads back the fixture’s input, and the rules give its verdict`, () => {
      const input = fixtureInput(preset.widget, preset.fixtureId);
      let parsed: unknown;
      let verdict: Verdict<unknown, string>;
      if (preset.widget === 'project-type-quiz') {
        parsed = quizStateSpec.fromUrl(preset.search)?.answers;
        verdict = checkProjectType(parsed);
      } else if (preset.widget === 'partner-checker') {
        const { form } = readFormFromUrl(locale, CHOICES, preset.search);
        const read = readForm(form, locale, CHOICES);
        expect(read.ok).toBe(true);
        parsed = read.ok ? read.answers : undefined;
        verdict = checkPartnership(parsed);
      } else {
        const values = readValuesFromUrl(preset.search);
        parsed = toInput(values, enteredIn(values));
        verdict = checkCoFinancing(parsed, { date: FIXTURE_DATE });
      }
      expect(parsed).toEqual(input);
      expect(kindAndRules(verdict)).toEqual({ kind: preset.expected, rules: [...preset.rules].sort() });
    });
  }
});

test('a preset’s href is the widget’s page, its query and the widget heading’s anchor', () => {
  const [first] = presets('en');
  const href = presetHref(first!, (key) => `/en/${key}/`);
  expect(href).toBe(`/en/${WIDGET_HOME[first!.widget].pageKey}/${first!.search}#${WIDGET_HOME[first!.widget].anchor}`);
});
