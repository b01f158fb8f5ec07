/**
 * The project-type quiz, operated with the keyboard: one question at a time
 * (its radios are named by the URL key, `q-<question>`, and valued by the
 * answer id), Tab into the group, Space or arrow keys to the answer, Tab to
 * the form's submit button, Enter.
 */
import { expect } from 'vitest';
import { projectTypeFixtures } from '../../../src/rules/fixtures/project-type.ts';
import { ANSWER_IDS, checkProjectType, type Step } from '../../../src/rules/index.ts';
import type { Driver } from '../driver/index.ts';
import { tabTo } from './harness.ts';
import { widget } from './widget-states.ts';

export const QUIZ = 'project-type-quiz';
export const QUIZ_PAGES = { sv: '/sv/nytt-projekt-eller-fordjupning/', en: '/en/new-or-deepening-project/' } as const;

/** One fixture per language, each a long path to its outcome. */
export const QUIZ_FIXTURE = {
  sv: projectTypeFixtures.find((f) => f.id === 'same-partner-last-year')!,
  en: projectTypeFixtures.find((f) => f.id === 'second-partnership-new-partner')!,
};

export function stepsOf(input: unknown): readonly Step[] {
  const verdict = checkProjectType(input);
  if (verdict.kind === 'invalid') throw new Error('fixture input is invalid');
  return verdict.result.path;
}

export const radios = (question: string) => `${widget(QUIZ)} input[type="radio"][name="q-${question}"]`;
export const submitButton = `${widget(QUIZ)} form [type="submit"]`;

export async function answerByKeyboard(page: Driver, step: Step) {
  await page.waitFor({ selector: radios(step.question) });
  // Tab enters a group with nothing checked at its first radio.
  await tabTo(page, { selector: radios(step.question) });
  const index = (ANSWER_IDS[step.question] as readonly string[]).indexOf(step.answer);
  if (index === 0) await page.press('Space');
  else for (let i = 0; i < index; i++) await page.press('ArrowDown');
  expect(await page.checked({ selector: `${radios(step.question)}[value="${step.answer}"]` }), `${step.question} = ${step.answer}`).toBe(true);
  await tabTo(page, { selector: submitButton }, 5);
  await page.press('Enter');
  // The next question (or the outcome) takes focus once it has rendered; a Tab before that would race it.
  await page.waitFor({
    expression: `document.querySelector('${radios(step.question)}') === null && document.querySelector('${widget(QUIZ)}').contains(document.activeElement)`,
    what: `focus on what follows ${step.question}`,
  });
}
