// @vitest-environment happy-dom
/**
 * The project-type quiz through its UI: every fixture of the rules module is
 * answered by clicking radios and Continue, and must end on the fixture's
 * outcome (or next question) with the fixture's rule keys. Then the paths
 * where readers stray: the browser's Back and Forward, a reload, a choice
 * made before the script arrived, the language switch, a failed load of the
 * outcome. Assertions read data attributes and URLs, never wording.
 */
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { hydrate, render as renderInto } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, test } from 'vitest';
import { quizPresetSearch } from '../../../src/components/workshop/quiz-preset.ts';
import type { Locale } from '../../../src/i18n/locales.ts';
import { ruleSources } from '../../../src/components/widgets/rule-sources.ts';
import ProjectTypeQuiz from '../../../src/islands/project-type-quiz/ProjectTypeQuiz.tsx';
import { quizPageData } from '../../../src/components/widgets/project-type-quiz/page-data.ts';
import { projectTypeFixtures } from '../../../src/rules/fixtures/project-type.ts';
import { checkProjectType, type Step } from '../../../src/rules/index.ts';
import { PROJECT_TYPE_RULES } from '../../../src/rules/project-type/rules.ts';
import { kitStrings } from '../../../src/i18n/widgets/kit.ts';

afterEach(() => {
  cleanup();
  history.replaceState(null, '', '/');
});

const guides = {
  'project-type': { href: '/sv/nytt-projekt-eller-fordjupning/', title: 'Nytt projekt eller fördjupning' },
  economy: { href: '/sv/ekonomi-och-schabloner/', title: 'Ekonomi och schabloner' },
};

/**
 * Waits until the quiz shows all it has to show: the parts that matter once
 * something is answered (summary, outcome, printout) load on use.
 */
const ready = (c: Element) => waitFor(() => expect(c.querySelector('[data-ready]')).not.toBeNull());

const quiz = (locale: Locale) => (
  <ProjectTypeQuiz
    locale={locale}
    kit={kitStrings[locale]}
    asOf="2026-12-03"
    data={quizPageData(locale, { guides, links: { rulesHref: '/sv/regler/', sources: ruleSources(PROJECT_TYPE_RULES, locale) }, administratorUrl: 'https://www.utbyten.se/' })}
  />
);

async function renderQuiz(locale: Locale = 'sv') {
  const c = render(quiz(locale)).container;
  await ready(c);
  return c;
}

const shownQuestion = (c: Element) => c.querySelector<HTMLElement>('[data-question]')?.dataset['question'];
const shownOutcome = (c: Element) => c.querySelector<HTMLElement>('[data-outcome]')?.dataset['outcome'];

const shownRules = (c: Element) =>
  [...c.querySelectorAll<HTMLElement>('[data-outcome] [data-rule]')].map((el) => el.dataset['rule']).sort();
const summaryRows = (c: Element) =>
  [...c.querySelectorAll<HTMLElement>('[data-answer-row]')].map((el) => [el.dataset['answerRow'], el.dataset['answer']]);

function choose(c: Element, question: string, answer: string) {
  const radio = c.querySelector<HTMLInputElement>(`#q-${question}-${answer}`);
  if (!radio) throw new Error(`no radio for ${question}=${answer}`);
  fireEvent.click(radio);
}
async function press(c: Element, selector: string) {
  fireEvent.click(c.querySelector(selector)!);
  await ready(c);
}
const pressContinue = (c: Element) => press(c, '[data-submit]');
const pressBack = (c: Element) => press(c, '[data-back]');

/** Answers each step as the reader would: check that the step asks it, choose, Continue. */
async function answerPath(c: Element, steps: readonly Step[]) {
  for (const step of steps) {
    expect(shownQuestion(c)).toBe(step.question);
    choose(c, step.question, step.answer);
    await pressContinue(c);
  }
}

/** The answers on the fixture's path, in the order the quiz asks them. */
function pathOf(input: unknown): readonly Step[] {
  const verdict = checkProjectType(input);
  if (verdict.kind === 'invalid') throw new Error('fixture input is invalid');
  return verdict.result.path;
}

describe('every fixture answered through the quiz', () => {
  test.each(projectTypeFixtures.map((f) => [f.id, f] as const))('%s', async (_id, fixture) => {
    const c = await renderQuiz('sv');
    await answerPath(c, pathOf(fixture.input));
    if (fixture.expected.outcome === null) {
      expect(shownOutcome(c)).toBeUndefined();
      expect(shownQuestion(c)).toBe(fixture.expected.nextQuestion);
      return;
    }
    expect(shownQuestion(c)).toBeUndefined();
    expect(shownOutcome(c)).toBe(fixture.expected.outcome);
    expect(c.querySelector('[data-verdict]')?.getAttribute('data-verdict')).toBe(fixture.expected.kind);
    expect(shownRules(c)).toEqual([...fixture.expected.rules].sort());
  });

  test('in English too, a fixture ends on its outcome', async () => {
    const fixture = projectTypeFixtures.find((f) => f.expected.outcome === 'deepening-project')!;
    const c = await renderQuiz('en');
    await answerPath(c, pathOf(fixture.input));
    expect(shownOutcome(c)).toBe('deepening-project');
    expect(shownRules(c)).toEqual([...fixture.expected.rules].sort());
    expect(c.querySelectorAll('[data-must-show] li').length).toBeGreaterThan(0);
  });
});

describe('one question per step', () => {
  test('the first step is one fieldset whose legend holds the question heading, and no Back', async () => {
    const c = await renderQuiz();
    expect(c.querySelectorAll('fieldset')).toHaveLength(1);
    expect(c.querySelector('fieldset > legend h3')).not.toBeNull();
    expect(c.querySelector('[data-back]')).toBeNull();
    expect(c.querySelectorAll('input[type=radio][name="q-activity"]').length).toBeGreaterThan(1);
  });

  test('answer hints are tied to their radio', async () => {
    const c = await renderQuiz();
    const radio = c.querySelector<HTMLInputElement>('#q-activity-exchange')!;
    const hintId = radio.getAttribute('aria-describedby');
    expect(hintId).toBeTruthy();
    expect(c.querySelector(`#${hintId}`)).not.toBeNull();
  });

  test('Continue with nothing chosen shows the error summary, focused, and an inline error; the step stays', async () => {
    const c = await renderQuiz();
    await pressContinue(c);
    const summary = c.querySelector<HTMLElement>('[data-error-summary]');
    expect(summary).not.toBeNull();
    expect(document.activeElement).toBe(summary);
    expect(summary!.querySelector('a')!.getAttribute('href')).toBe('#q-activity-exchange');
    expect(c.querySelector('#q-activity-error')).not.toBeNull();
    expect(c.querySelector('#q-activity')!.getAttribute('aria-describedby')).toContain('q-activity-error');
    expect(shownQuestion(c)).toBe('activity');
    choose(c, 'activity', 'exchange');
    await pressContinue(c);
    expect(shownQuestion(c)).toBe('has-partner');
    expect(c.querySelector('[data-error-summary]')).toBeNull();
  });

  test('focus moves to the next question heading, and to the outcome heading at the end', async () => {
    const c = await renderQuiz();
    choose(c, 'activity', 'planning-visit');
    await pressContinue(c);
    expect(shownOutcome(c)).toBe('atlas-planering');
    await waitFor(() => expect(document.activeElement?.id).toBe('pq-outcome-heading'));
    expect(c.querySelector('[data-live-region]')!.textContent).not.toBe('');
    await pressBack(c);
    expect(document.activeElement?.id).toBe('q-activity-heading');
  });

  test('an outcome in another programme names it and links only the administrator site outside the guide', async () => {
    const c = await renderQuiz();
    choose(c, 'activity', 'work-placement');
    await pressContinue(c);
    choose(c, 'placement-location', 'outside-eu-eea');
    await pressContinue(c);
    expect(shownOutcome(c)).toBe('atlas-praktik');
    expect(c.querySelector('[data-other-programme]')).not.toBeNull();
    // Back and Change are links to steps on this page (absolute, so a `//sv/…` address cannot make them leave the host).
    const elsewhere = [...c.querySelectorAll('a[href]')].map((a) => new URL(a.getAttribute('href')!, location.href)).filter((u) => u.origin !== location.origin);
    expect(elsewhere.map((u) => u.href)).toEqual(['https://www.utbyten.se/']);
  });
});

describe('Back and Change keep the later answers', () => {
  const deepening = [
    ['activity', 'exchange'],
    ['has-partner', 'yes'],
    ['partner-location', 'outside-eu-eea'],
    ['granted-before', 'yes'],
    ['same-partner', 'yes'],
  ] as const;
  const toOutcome = (c: Element) => answerPath(c, deepening.map(([question, answer]) => ({ question, answer })));

  test('Back from the outcome, then Continue, walks forward with the kept answers chosen', async () => {
    const c = await renderQuiz();
    await toOutcome(c);
    await pressBack(c);
    await pressBack(c);
    expect(shownQuestion(c)).toBe('granted-before');
    expect(c.querySelector<HTMLInputElement>('#q-granted-before-yes')!.checked).toBe(true);
    await pressContinue(c);
    expect(shownQuestion(c)).toBe('same-partner');
    expect(c.querySelector<HTMLInputElement>('#q-same-partner-yes')!.checked).toBe(true);
    await pressContinue(c);
    expect(shownOutcome(c)).toBe('deepening-project');
  });

  test('the summary lists the answers on the path; Change goes to that question and Continue returns to the outcome', async () => {
    const c = await renderQuiz();
    await toOutcome(c);
    expect(summaryRows(c)).toEqual(deepening);
    await press(c, '[data-change="has-partner"]');
    expect(shownQuestion(c)).toBe('has-partner');
    expect(document.activeElement?.id).toBe('q-has-partner-heading');
    expect(c.querySelector<HTMLInputElement>('#q-has-partner-yes')!.checked).toBe(true);
    await pressContinue(c);
    expect(shownOutcome(c)).toBe('deepening-project');
  });

  test('changing an early answer leaves later answers aside, and they count again when it is changed back', async () => {
    const c = await renderQuiz();
    await toOutcome(c);
    await press(c, '[data-change="activity"]');
    choose(c, 'activity', 'work-placement');
    await pressContinue(c);
    // The partner answers are off the path now: the quiz asks the new branch's question.
    expect(shownQuestion(c)).toBe('placement-location');
    expect(summaryRows(c)).toEqual([['activity', 'work-placement']]);
    // The address holds the path only; the partner answers are kept in memory.
    expect(location.search).toBe('?q-activity=work-placement');
    await pressBack(c);
    choose(c, 'activity', 'exchange');
    await pressContinue(c);
    expect(shownQuestion(c)).toBe('has-partner');
    expect(c.querySelector<HTMLInputElement>('#q-has-partner-yes')!.checked).toBe(true);
    await press(c, '[data-change="activity"]');
    await pressContinue(c);
    expect(shownOutcome(c)).toBe('deepening-project');
    expect(summaryRows(c)).toEqual(deepening);
  });

  test('Start again on the first question itself leaves nothing chosen', async () => {
    history.replaceState(null, '', '/sv/x/?q-activity=planning-visit');
    const c = await renderQuiz();
    await pressBack(c);
    expect(c.querySelector<HTMLInputElement>('#q-activity-planning-visit')!.checked).toBe(true);
    await press(c, '[data-start-again]');
    expect(shownQuestion(c)).toBe('activity');
    expect(c.querySelectorAll('input[type=radio]:checked')).toHaveLength(0);
  });

  test('Start again clears every answer and the URL keys, and leaves other keys', async () => {
    history.replaceState(null, '', '/sv/x/?c-rest=10&q-activity=planning-visit');
    const c = await renderQuiz();
    expect(shownOutcome(c)).toBe('atlas-planering');
    await press(c, '[data-start-again]');
    expect(shownQuestion(c)).toBe('activity');
    expect(summaryRows(c)).toEqual([]);
    expect(location.search).toBe('?c-rest=10');
    expect(document.activeElement?.id).toBe('q-activity-heading');
  });
});

describe('answers in the URL', () => {
  test('answering writes q- keys; a reload restores the outcome', async () => {
    history.replaceState(null, '', '/sv/x/');
    const c = await renderQuiz();
    choose(c, 'activity', 'exchange');
    await pressContinue(c);
    choose(c, 'has-partner', 'no');
    await pressContinue(c);
    expect(location.search).toBe('?q-activity=exchange&q-has-partner=no');
    cleanup();
    const again = await renderQuiz();
    expect(shownOutcome(again)).toBe('atlas-planering');
  });

  test('a link with part of a path opens the next unanswered question', async () => {
    history.replaceState(null, '', '/sv/x/?q-activity=exchange&q-has-partner=yes');
    const c = await renderQuiz('en');
    expect(shownQuestion(c)).toBe('partner-location');
    expect(summaryRows(c)).toEqual([
      ['activity', 'exchange'],
      ['has-partner', 'yes'],
    ]);
  });

  test.each([
    ['<script>alert(1)</script>'],
    ['"><img src=x onerror=alert(1)>'],
    ['1e308'],
    ['-5'],
    ['x'.repeat(10_000)],
    ['constructor'],
    ['__proto__'],
  ])('a hostile answer (%s) is dropped and nothing of it is rendered', async (raw) => {
    history.replaceState(null, '', `/sv/x/?q-activity=exchange&q-has-partner=${encodeURIComponent(raw)}&q-${encodeURIComponent(raw)}=yes`);
    const c = await renderQuiz();
    expect(shownQuestion(c)).toBe('has-partner');
    expect(summaryRows(c)).toEqual([['activity', 'exchange']]);
    expect(c.innerHTML).not.toContain(raw.slice(0, 12));
    expect(c.querySelector('img, script')).toBeNull();
  });

  test('unknown question ids and answers are dropped; the next step written leaves them out', async () => {
    history.replaceState(null, '', '/sv/x/?q-activity=planning-visit&q-nope=yes&q-has-partner=maybe');
    const c = await renderQuiz();
    expect(shownOutcome(c)).toBe('atlas-planering');
    await pressBack(c);
    expect(shownQuestion(c)).toBe('activity');
    // Not a quiz question: left alone, like any other widget's key.
    expect(location.search).toBe('?q-nope=yes');
  });

  test.each(projectTypeFixtures.map((f) => [f.id, f] as const))('the preset link of fixture %s opens its outcome or question', async (_id, fixture) => {
    history.replaceState(null, '', `/en/x/${quizPresetSearch(fixture.input)}`);
    const c = await renderQuiz('en');
    if (fixture.expected.outcome === null) {
      expect(shownQuestion(c)).toBe(fixture.expected.nextQuestion);
    } else {
      expect(shownOutcome(c)).toBe(fixture.expected.outcome);
      expect(shownRules(c)).toEqual([...fixture.expected.rules].sort());
    }
  });
});

describe('print', () => {
  test('the printout lists the answers on the path and the outcome heading', async () => {
    history.replaceState(null, '', '/sv/x/?q-activity=work-placement&q-placement-location=outside-eu-eea');
    const c = await renderQuiz();
    const print = c.querySelector('[data-print-summary]')!;
    expect(print.querySelectorAll('dt')).toHaveLength(2);
    expect(print.querySelector('strong')).not.toBeNull();
    expect(print.textContent).toContain('?q-activity=work-placement&q-placement-location=outside-eu-eea');
  });
});

describe('where readers stray', () => {
  const search = () => location.search;

  test('each Continue is a history entry: the browser’s Back shows the previous question with its answer chosen, Forward returns', async () => {
    history.replaceState(null, '', '/sv/x/');
    const c = await renderQuiz();
    const start = history.length;
    await answerPath(c, [
      { question: 'activity', answer: 'exchange' },
      { question: 'has-partner', answer: 'yes' },
    ]);
    expect(history.length).toBe(start + 2);
    expect(shownQuestion(c)).toBe('partner-location');
    history.back();
    await waitFor(() => expect(shownQuestion(c)).toBe('has-partner'));
    expect(search()).toBe('?q-activity=exchange');
    expect(c.querySelector<HTMLInputElement>('#q-has-partner-yes')!.checked).toBe(true);
    await waitFor(() => expect(document.activeElement?.id).toBe('q-has-partner-heading'));
    history.back();
    await waitFor(() => expect(shownQuestion(c)).toBe('activity'));
    expect(search()).toBe('');
    history.forward();
    await waitFor(() => expect(shownQuestion(c)).toBe('has-partner'));
    history.forward();
    await waitFor(() => expect(shownQuestion(c)).toBe('partner-location'));
    expect(search()).toBe('?q-activity=exchange&q-has-partner=yes');
  });

  test('the in-page Back and Change are steps too: the browser’s Back returns to where the reader was', async () => {
    history.replaceState(null, '', '/sv/x/?q-activity=exchange&q-has-partner=no');
    const c = await renderQuiz();
    expect(shownOutcome(c)).toBe('atlas-planering');
    await pressBack(c);
    expect(shownQuestion(c)).toBe('has-partner');
    expect(search()).toBe('?q-activity=exchange');
    history.back();
    await waitFor(() => expect(shownOutcome(c)).toBe('atlas-planering'));
    await press(c, '[data-change="activity"]');
    expect(shownQuestion(c)).toBe('activity');
    expect(search()).toBe('');
    history.back();
    await waitFor(() => expect(shownOutcome(c)).toBe('atlas-planering'));
  });

  test('a reload lands on the same step, with nothing but the address to go on', async () => {
    history.replaceState(null, '', '/sv/x/');
    const c = await renderQuiz();
    await answerPath(c, [{ question: 'activity', answer: 'work-placement' }]);
    cleanup();
    const again = await renderQuiz('en');
    expect(shownQuestion(again)).toBe('placement-location');
    expect(summaryRows(again)).toEqual([['activity', 'work-placement']]);
  });

  /** The server's HTML with `answer` chosen on its question, as a reader does before the script arrives; then hydration. */
  async function chooseBeforeHydration(locale: Locale, question: string, answer: string) {
    const container = document.createElement('div');
    document.body.append(container);
    container.innerHTML = renderToString(quiz(locale));
    expect(container.querySelector<HTMLButtonElement>('[data-submit]')!.disabled).toBe(true);
    container.querySelector<HTMLInputElement>(`input[name="q-${question}"][value="${answer}"]`)!.checked = true;
    hydrate(quiz(locale), container);
    await ready(container);
    return container;
  }

  test.each(['sv', 'en'] as const)('a choice made before the script arrived is kept on its question (%s)', async (locale) => {
    history.replaceState(null, '', '/sv/x/');
    const c = await chooseBeforeHydration(locale, 'activity', 'work-placement');
    expect(shownQuestion(c)).toBe('activity');
    expect(c.querySelector<HTMLInputElement>('#q-activity-work-placement')!.checked).toBe(true);
    expect(c.querySelector<HTMLButtonElement>('[data-submit]')!.disabled).toBe(false);
    await pressContinue(c);
    expect(shownQuestion(c)).toBe('placement-location');
    expect(search()).toBe('?q-activity=work-placement');
    renderInto(null, c);
    c.remove();
  });

  test('a choice made on the server’s first question wins over a link’s answers: the quiz asks that question again', async () => {
    history.replaceState(null, '', '/sv/x/?q-activity=exchange&q-has-partner=yes');
    const c = await chooseBeforeHydration('sv', 'activity', 'planning-visit');
    expect(shownQuestion(c)).toBe('activity');
    expect(c.querySelector<HTMLInputElement>('#q-activity-planning-visit')!.checked).toBe(true);
    await pressContinue(c);
    expect(shownOutcome(c)).toBe('atlas-planering');
    expect(search()).toBe('?q-activity=planning-visit');
    renderInto(null, c);
    c.remove();
  });

  test('the language switch carries the answers of every step, Back included', async () => {
    history.replaceState(null, '', '/sv/x/');
    const link = document.createElement('a');
    link.setAttribute('data-lang-switch', '');
    link.href = '/en/y/';
    document.body.append(link);
    const c = await renderQuiz();
    const carried = () => new URL(link.href).search;
    await answerPath(c, [
      { question: 'activity', answer: 'exchange' },
      { question: 'has-partner', answer: 'yes' },
    ]);
    expect(carried()).toBe('?q-activity=exchange&q-has-partner=yes');
    history.back();
    await waitFor(() => expect(carried()).toBe('?q-activity=exchange'));
    expect(new URL(link.href).pathname).toBe('/en/y/');
    link.remove();
  });

  test('the outcome’s findings are the ones the kit words for the browser’s own verdict', async () => {
    history.replaceState(null, '', '/sv/x/?q-activity=exchange&q-has-partner=yes&q-partner-location=outside-eu-eea&q-granted-before=yes&q-same-partner=yes');
    const c = await renderQuiz();
    const sources = [...c.querySelectorAll<HTMLAnchorElement>('[data-rule] .kit-finding__source a[href^="/sv/regler/"]')];
    expect(sources.map((a) => a.getAttribute('href'))).toEqual(
      [...c.querySelectorAll<HTMLElement>('[data-rule]')].map((li) => `/sv/regler/#rule-${li.dataset['rule']}`),
    );
  });
});
