/**
 * The three widgets in every engine, in both languages: the project-type
 * quiz, the co-financing calculator and the partner checker each reach the
 * rules module's verdict (kind and rule keys) with the keyboard alone and
 * put the answers in the URL; answers given on the page come back on reload;
 * a bad submit moves focus to the error summary. Each test is written once
 * and run per engine; no page may log an error.
 */
import { describe, expect, test } from 'vitest';
import { coFinancingStrings } from '../../../src/i18n/widgets/co-financing.ts';
import { CALCULATOR, CALCULATOR_PAGES, EXAMPLE, EXAMPLE_QUERY, fillExampleByKeyboard, restCount } from './calculator-flow.ts';
import { ENGINES, expectNoErrors, tabTo, useEngine } from './harness.ts';
import { ENTERED, PARTNER, PARTNER_PAGES, expectedVerdict, fillByKeyboard, participantsField } from './partner-flow.ts';
import { QUIZ, QUIZ_FIXTURE, QUIZ_PAGES, answerByKeyboard, radios, stepsOf, submitButton } from './quiz-flow.ts';
import { errorSummaryHasFocusFor, focusWidgetStart, openWidget, queryWith, rulesOf, verdictOf, waitForVerdict, widget, widgetReady } from './widget-states.ts';

const LANGS = ['sv', 'en'] as const;
const query = (pairs: Record<string, string>) => `?${new URLSearchParams(pairs)}`;

describe.each(ENGINES)('%s', (engineName) => {
  const engine = useEngine(engineName);

  describe.each(LANGS)('%s', (lang) => {
    const quiz = QUIZ_FIXTURE[lang];
    const steps = stepsOf(quiz.input);
    const quizRules = [...new Set(quiz.expected.rules)].sort();
    const partner = expectedVerdict();
    if (partner.kind === 'invalid') throw new Error('the entered partnership is invalid');
    const partnerRules = [...new Set(partner.findings.map((f) => f.rule))].sort();

    test('project-type quiz: keyboard alone to the outcome, answers in the URL', async () => {
      const page = await engine.page();
      await openWidget(page, QUIZ_PAGES[lang], QUIZ);
      await focusWidgetStart(page, QUIZ);
      for (const step of steps) await answerByKeyboard(page, step);
      await page.waitFor({ selector: widget(QUIZ), attribute: 'data-view', value: 'outcome' });
      await waitForVerdict(page, QUIZ);
      expect(await verdictOf(page, QUIZ)).toBe(quiz.expected.kind);
      expect(await rulesOf(page, QUIZ)).toEqual(quizRules);
      expect(await queryWith(page, 'q-')).toEqual(Object.fromEntries(steps.map((s) => [`q-${s.question}`, s.answer])));
      await expectNoErrors(page);
    });

    test('project-type quiz: answers given on the page come back on reload', async () => {
      // The reader's own path: every answer given with the keyboard (a history entry each), then reload.
      const page = await engine.page();
      await openWidget(page, QUIZ_PAGES[lang], QUIZ);
      await focusWidgetStart(page, QUIZ);
      for (const step of steps) await answerByKeyboard(page, step);
      await waitForVerdict(page, QUIZ);
      await page.reload();
      await widgetReady(page, QUIZ);
      expect(await queryWith(page, 'q-'), 'the answers are still in the URL').toEqual(
        Object.fromEntries(steps.map((s) => [`q-${s.question}`, s.answer])),
      );
      await waitForVerdict(page, QUIZ);
      expect(await page.attribute({ selector: widget(QUIZ) }, 'data-view')).toBe('outcome');
      expect(await verdictOf(page, QUIZ)).toBe(quiz.expected.kind);
      expect(await rulesOf(page, QUIZ)).toEqual(quizRules);
      await expectNoErrors(page);
    });

    test('project-type quiz: Continue with nothing chosen moves focus to the error summary', async () => {
      const page = await engine.page();
      await openWidget(page, QUIZ_PAGES[lang], QUIZ);
      await focusWidgetStart(page, QUIZ);
      await tabTo(page, { selector: submitButton }, 10);
      await page.press('Enter');
      await page.waitFor(errorSummaryHasFocusFor(radios('activity')));
      await expectNoErrors(page);
    });

    test('co-financing calculator: keyboard alone to the verdict, answers in the URL', async () => {
      const page = await engine.page();
      await openWidget(page, CALCULATOR_PAGES[lang], CALCULATOR);
      await focusWidgetStart(page, CALCULATOR);
      await fillExampleByKeyboard(page, lang);
      await waitForVerdict(page, CALCULATOR);
      expect(await verdictOf(page, CALCULATOR)).toBe(EXAMPLE.expected.kind);
      expect(await rulesOf(page, CALCULATOR)).toEqual([...EXAMPLE.expected.rules].sort());
      expect(await queryWith(page, 'c-')).toEqual(EXAMPLE_QUERY);
      await expectNoErrors(page);
    });

    test('co-financing calculator: an answer given on the page comes back on reload', async () => {
      const page = await engine.page();
      const { 'c-hours': _, ...withoutHours } = EXAMPLE_QUERY;
      await openWidget(page, `${CALCULATOR_PAGES[lang]}${query(withoutHours)}`, CALCULATOR);
      await page.fill({ label: coFinancingStrings[lang].hoursLabel }, '400');
      await page.press('Enter');
      await page.waitFor({ url: (url) => url.searchParams.get('c-hours') === '400', what: 'c-hours=400 in the URL' });
      await waitForVerdict(page, CALCULATOR);
      await page.reload();
      await widgetReady(page, CALCULATOR);
      await waitForVerdict(page, CALCULATOR);
      expect(await page.value({ label: coFinancingStrings[lang].hoursLabel })).toBe('400');
      expect(await page.value(restCount(lang))).toBe('10');
      expect(await verdictOf(page, CALCULATOR)).toBe(EXAMPLE.expected.kind);
      await expectNoErrors(page);
    });

    test('co-financing calculator: "abc" participants moves focus to the error summary and keeps the answers', async () => {
      const page = await engine.page();
      await openWidget(page, `${CALCULATOR_PAGES[lang]}${query(EXAMPLE_QUERY)}`, CALCULATOR);
      await page.fill(restCount(lang), 'abc');
      await page.press('Enter');
      await page.waitFor(errorSummaryHasFocusFor(`${widget(CALCULATOR)} [name="c-rest"]`));
      expect(await page.attribute(restCount(lang), 'aria-invalid')).toBe('true');
      expect(await page.value(restCount(lang))).toBe('abc');
      expect(await page.value({ label: coFinancingStrings[lang].hoursLabel })).toBe('400');
      await expectNoErrors(page);
    });

    test('partner checker: keyboard alone to the verdict, answers in the URL', async () => {
      const page = await engine.page();
      await openWidget(page, PARTNER_PAGES[lang], PARTNER);
      await focusWidgetStart(page, PARTNER);
      await fillByKeyboard(page, lang);
      await waitForVerdict(page, PARTNER);
      expect(await verdictOf(page, PARTNER)).toBe(partner.kind);
      expect(await rulesOf(page, PARTNER)).toEqual(partnerRules);
      const answers = await queryWith(page, 'p-');
      expect(answers['p-n']).toBe(String(ENTERED.participants));
      expect(answers['p-a1']).toBe('IN:upper-secondary');
      await expectNoErrors(page);
    });

    test('partner checker: an answer given on the page comes back on reload', async () => {
      const page = await engine.page();
      await openWidget(page, `${PARTNER_PAGES[lang]}?p-type=teachers-and-pupils&p-s1=upper-secondary&p-a1=IN:upper-secondary&p-visits=yes`, PARTNER);
      await page.fill(participantsField(lang), String(ENTERED.participants));
      await page.press('Enter');
      await page.waitFor({ url: (url) => url.searchParams.get('p-n') === String(ENTERED.participants), what: 'p-n in the URL' });
      await waitForVerdict(page, PARTNER);
      await page.reload();
      await widgetReady(page, PARTNER);
      await waitForVerdict(page, PARTNER);
      expect(await page.value(participantsField(lang))).toBe(String(ENTERED.participants));
      expect(await verdictOf(page, PARTNER)).toBe(partner.kind);
      expect(await rulesOf(page, PARTNER)).toEqual(partnerRules);
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
