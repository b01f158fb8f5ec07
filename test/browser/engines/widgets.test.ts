/**
 * The three widgets in every engine, operated with the keyboard alone in
 * both languages: the project-type quiz, the co-financing calculator and the
 * partner checker each reach the rules module's verdict (kind and rule keys),
 * put the answers in the URL, and bring them back on reload; a bad submit
 * moves focus to the error summary. Each test is written once and run per
 * engine; no page may log an error.
 */
import { describe, expect, test } from 'vitest';
import { coFinancingStrings } from '../../../src/i18n/widgets/co-financing.ts';
import { CALCULATOR, CALCULATOR_PAGES, EXAMPLE, EXAMPLE_QUERY, fillExampleByKeyboard, restCount } from './calculator-flow.ts';
import { ENGINES, expectNoErrors, tabTo, useEngine } from './harness.ts';
import { ENTERED, PARTNER, PARTNER_PAGES, expectedVerdict, fillByKeyboard, participantsField } from './partner-flow.ts';
import { QUIZ, QUIZ_FIXTURE, QUIZ_PAGES, answerByKeyboard, radios, stepsOf, submitButton } from './quiz-flow.ts';
import { errorSummaryHasFocusFor, openWidget, widgetReady, queryWith, rulesOf, verdictOf, waitForVerdict, widget } from './widget-states.ts';

const LANGS = ['sv', 'en'] as const;

describe.each(ENGINES)('%s', (engineName) => {
  const engine = useEngine(engineName);

  describe.each(LANGS)('%s', (lang) => {
    test('project-type quiz: keyboard alone to the outcome; the URL brings it back on reload', async () => {
      const page = await engine.page();
      const fixture = QUIZ_FIXTURE[lang];
      const steps = stepsOf(fixture.input);
      await openWidget(page, QUIZ_PAGES[lang], QUIZ);
      for (const step of steps) await answerByKeyboard(page, step);
      await page.waitFor({ selector: widget(QUIZ), attribute: 'data-view', value: 'outcome' });
      await waitForVerdict(page, QUIZ);
      expect(await verdictOf(page, QUIZ)).toBe(fixture.expected.kind);
      expect(await rulesOf(page, QUIZ)).toEqual([...new Set(fixture.expected.rules)].sort());
      expect(await queryWith(page, 'q-')).toEqual(Object.fromEntries(steps.map((s) => [`q-${s.question}`, s.answer])));

      await page.reload();
      await widgetReady(page, QUIZ);
      await waitForVerdict(page, QUIZ);
      expect(await page.attribute({ selector: widget(QUIZ) }, 'data-view')).toBe('outcome');
      expect(await verdictOf(page, QUIZ)).toBe(fixture.expected.kind);
      expect(await rulesOf(page, QUIZ)).toEqual([...new Set(fixture.expected.rules)].sort());
      await expectNoErrors(page);
    });

    test('project-type quiz: Continue with nothing chosen moves focus to the error summary', async () => {
      const page = await engine.page();
      await openWidget(page, QUIZ_PAGES[lang], QUIZ);
      await tabTo(page, { selector: submitButton });
      await page.press('Enter');
      await page.waitFor(errorSummaryHasFocusFor(radios('activity')));
      await expectNoErrors(page);
    });

    test('co-financing calculator: keyboard alone to the verdict; the URL brings it back on reload', async () => {
      const page = await engine.page();
      await openWidget(page, CALCULATOR_PAGES[lang], CALCULATOR);
      await fillExampleByKeyboard(page, lang);
      await waitForVerdict(page, CALCULATOR);
      expect(await verdictOf(page, CALCULATOR)).toBe(EXAMPLE.expected.kind);
      expect(await rulesOf(page, CALCULATOR)).toEqual([...EXAMPLE.expected.rules].sort());
      expect(await queryWith(page, 'c-')).toEqual(EXAMPLE_QUERY);

      await page.reload();
      await widgetReady(page, CALCULATOR);
      await waitForVerdict(page, CALCULATOR);
      expect(await page.value(restCount(lang))).toBe('10');
      expect(await page.value({ label: coFinancingStrings[lang].hoursLabel })).toBe('400');
      expect(await verdictOf(page, CALCULATOR)).toBe(EXAMPLE.expected.kind);
      await expectNoErrors(page);
    });

    test('co-financing calculator: "abc" participants moves focus to the error summary and keeps the answers', async () => {
      const page = await engine.page();
      await openWidget(page, `${CALCULATOR_PAGES[lang]}?${new URLSearchParams(EXAMPLE_QUERY)}`, CALCULATOR);
      await page.fill(restCount(lang), 'abc');
      await page.press('Enter');
      await page.waitFor(errorSummaryHasFocusFor(`${widget(CALCULATOR)} [name="c-rest"]`));
      expect(await page.attribute(restCount(lang), 'aria-invalid')).toBe('true');
      expect(await page.value(restCount(lang))).toBe('abc');
      expect(await page.value({ label: coFinancingStrings[lang].hoursLabel })).toBe('400');
      await expectNoErrors(page);
    });

    test('partner checker: keyboard alone to the verdict; the URL brings it back on reload', async () => {
      const page = await engine.page();
      const expected = expectedVerdict();
      if (expected.kind === 'invalid') throw new Error('the entered partnership is invalid');
      await openWidget(page, PARTNER_PAGES[lang], PARTNER);
      await fillByKeyboard(page, lang);
      await waitForVerdict(page, PARTNER);
      expect(await verdictOf(page, PARTNER)).toBe(expected.kind);
      expect(await rulesOf(page, PARTNER)).toEqual([...new Set(expected.findings.map((f) => f.rule))].sort());
      const query = await queryWith(page, 'p-');
      expect(query['p-n']).toBe(String(ENTERED.participants));
      expect(query['p-a1']).toBe('IN:upper-secondary');

      await page.reload();
      await widgetReady(page, PARTNER);
      await waitForVerdict(page, PARTNER);
      expect(await page.value(participantsField(lang))).toBe(String(ENTERED.participants));
      expect(await verdictOf(page, PARTNER)).toBe(expected.kind);
      await expectNoErrors(page);
    });

    test('partner checker: a bad participant count moves focus to the error summary', async () => {
      const page = await engine.page();
      await openWidget(page, `${PARTNER_PAGES[lang]}?p-type=teachers-only&p-s1=compulsory&p-a1=KE:compulsory&p-visits=no`, PARTNER);
      await page.fill(participantsField(lang), '-1');
      await page.press('Enter');
      await page.waitFor(errorSummaryHasFocusFor(`${widget(PARTNER)} input[aria-invalid="true"]`));
      expect(await page.attribute(participantsField(lang), 'aria-invalid')).toBe('true');
      expect(await page.exists({ selector: `${widget(PARTNER)} [data-verdict]` })).toBe(false);
      await expectNoErrors(page);
    });
  });
});
