/**
 * The project-type quiz in Chromium on the built project-type pages: completed
 * with the keyboard alone in both languages (Tab, Space, arrow keys, Enter),
 * Continue with nothing chosen (error summary with focus), URL restore, a
 * hostile URL, print, the server render without JavaScript, axe in the
 * initial, error and outcome states, and a screenshot of the outcome
 * (screenshots/project-type-quiz-<lang>.png). Assertions read data
 * attributes, focus and checked state, never wording.
 */
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectTypeFixtures } from '../../../src/rules/fixtures/project-type.ts';
import { ANSWER_IDS, checkProjectType, type Step } from '../../../src/rules/index.ts';
import { launch, type Browser } from '../setup/browser.ts';
import { AXE_TAGS, focusMovesTo, openWidget } from '../setup/widget-page.ts';

const PAGES = { sv: '/sv/nytt-projekt-eller-fordjupning/', en: '/en/new-or-deepening-project/' } as const;
type Lang = keyof typeof PAGES;

const WIDGET = '[data-widget="project-type-quiz"]';
const WRAPPER = '[data-widget-wrapper="project-type-quiz"]';

/** One fixture per language, each ending on an outcome with a long path. */
const FIXTURE: Record<Lang, (typeof projectTypeFixtures)[number]> = {
  sv: projectTypeFixtures.find((f) => f.id === 'same-partner-last-year')!,
  en: projectTypeFixtures.find((f) => f.id === 'second-partnership-new-partner')!,
};

function pathOf(input: unknown): readonly Step[] {
  const verdict = checkProjectType(input);
  if (verdict.kind === 'invalid') throw new Error('fixture input is invalid');
  return verdict.result.path;
}
const queryOf = (steps: readonly Step[]) => `?${steps.map((s) => `q-${s.question}=${s.answer}`).join('&')}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser.close());

const open = (lang: Lang, search = '') => openWidget(browser, PAGES[lang], WIDGET, search);

const shownQuestion = (page: Page) => page.locator(`${WIDGET} [data-question]`).getAttribute('data-question');
const shownOutcome = (page: Page) => page.locator(`${WIDGET} [data-outcome]`).getAttribute('data-outcome');
const rules = (page: Page) =>
  page.locator(`${WIDGET} [data-outcome] [data-rule]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')).sort());

async function tabUntil(page: Page, test: string, what: string, limit = 150) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate(test)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${what}`);
}

async function axe(page: Page) {
  const result = await new AxeBuilder({ page: page as never }).include(WRAPPER).withTags(AXE_TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Answers one step with the keyboard: Tab into the radio group, Space on the
 * first answer or the arrow keys to a later one, Tab to Continue, Enter.
 */
async function answerByKeyboard(page: Page, step: Step) {
  const name = `q-${step.question}`;
  await tabUntil(page, `document.activeElement && document.activeElement.name === ${JSON.stringify(name)}`, `the radios of ${name}`);
  const index = (ANSWER_IDS[step.question] as readonly string[]).indexOf(step.answer);
  const focusedIndex = await page.evaluate(
    `[...document.querySelectorAll('input[name=${JSON.stringify(name)}]')].indexOf(document.activeElement)`,
  );
  if (index === focusedIndex) await page.keyboard.press('Space');
  else for (let i = focusedIndex as number; i < index; i++) await page.keyboard.press('ArrowDown');
  expect(await page.locator(`#${name}-${step.answer}`).isChecked()).toBe(true);
  await tabUntil(page, `document.activeElement && document.activeElement.hasAttribute('data-continue')`, 'Continue', 5);
  await page.keyboard.press('Enter');
}

describe.each(['sv', 'en'] as const)('project-type quiz (%s)', (lang) => {
  const fixture = FIXTURE[lang];
  const steps = pathOf(fixture.input);

  test('completed with the keyboard alone: each question in turn, then the outcome with focus on its heading', async () => {
    const { page, errors } = await open(lang);
    expect(await axe(page)).toEqual([]);
    for (const [i, step] of steps.entries()) {
      expect(await shownQuestion(page)).toBe(step.question);
      await answerByKeyboard(page, step);
      const next = steps[i + 1];
      if (next) expect(await focusMovesTo(page, `q-${next.question}-heading`)).toBe(`q-${next.question}-heading`);
    }
    expect(await focusMovesTo(page, 'pq-outcome-heading')).toBe('pq-outcome-heading');
    expect(await shownOutcome(page)).toBe(fixture.expected.outcome);
    expect(await page.locator(`${WIDGET} [data-verdict]`).getAttribute('data-verdict')).toBe(fixture.expected.kind);
    expect(await rules(page)).toEqual([...fixture.expected.rules].sort());
    expect(await page.locator(`${WIDGET} [data-live-region]`).textContent()).not.toBe('');
    expect(new URL(page.url()).search).toBe(queryOf(steps));
    expect(await axe(page)).toEqual([]);
    mkdirSync('screenshots', { recursive: true });
    await page.locator(WRAPPER).screenshot({ path: `screenshots/project-type-quiz-${lang}.png` });
    expect(errors).toEqual([]);
  });

  test('Continue with nothing chosen: the error summary takes focus and links to the first answer', async () => {
    const { page, errors } = await open(lang);
    await tabUntil(page, `document.activeElement && document.activeElement.hasAttribute('data-continue')`, 'Continue');
    await page.keyboard.press('Enter');
    expect(await focusMovesTo(page, 'pq-errors')).toBe('pq-errors');
    expect(await page.locator('#pq-errors a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '#q-activity-exchange',
    ]);
    expect(await page.locator('#q-activity-error').isVisible()).toBe(true);
    expect(await shownQuestion(page)).toBe('activity');
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focusMovesTo(page, 'q-activity-exchange')).toBe('q-activity-exchange');
    expect(errors).toEqual([]);
  });

  test('a URL with answers restores the outcome; Back and Change keep the answers', async () => {
    const { page, errors } = await open(lang, queryOf(steps));
    expect(await shownOutcome(page)).toBe(fixture.expected.outcome);
    expect(await rules(page)).toEqual([...fixture.expected.rules].sort());
    await page.locator(`${WIDGET} [data-change="${steps[0]!.question}"]`).click();
    expect(await shownQuestion(page)).toBe(steps[0]!.question);
    expect(await page.locator(`#q-${steps[0]!.question}-${steps[0]!.answer}`).isChecked()).toBe(true);
    await page.locator(`${WIDGET} [data-continue]`).click();
    expect(await shownOutcome(page)).toBe(fixture.expected.outcome);
    expect(new URL(page.url()).search).toBe(queryOf(steps));
    expect(errors).toEqual([]);
  });

  test('print shows the answers, the outcome with its sources and the date, and hides the controls', async () => {
    const { page, errors } = await open(lang, queryOf(steps));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator(`${WIDGET} [data-print-summary]`).isVisible()).toBe(true);
    expect(await page.locator(`${WIDGET} [data-print-summary] dd`).count()).toBe(steps.length);
    expect(await page.locator(`${WIDGET} [data-verdict]`).isVisible()).toBe(true);
    expect(await page.locator(`${WIDGET} [data-rule] .kit-finding__source`).first().isVisible()).toBe(true);
    const visibleButtons = await page
      .locator(`${WIDGET} button`)
      .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
    expect(visibleButtons).toBe(0);
    expect(errors).toEqual([]);
  });
});

test('a hostile URL renders no markup from it, drops the bad answers and logs no error', async () => {
  const hostile = [
    '<script>window.__pwned=1</script>',
    '"><img src=x onerror="window.__pwned=1">',
    '1e308',
    '-5',
    'x'.repeat(10_000),
  ];
  const query = new URLSearchParams({ 'q-activity': 'exchange' });
  for (const [i, raw] of hostile.entries()) {
    query.append(i === 0 ? 'q-has-partner' : `q-${['partner-location', 'granted-before', 'same-partner', 'nope'][i - 1]}`, raw);
    // As a question id too (the long one only once, so the URL stays within what a server accepts).
    if (raw.length < 100) query.append(`q-${raw}`, 'yes');
  }
  const { page, errors } = await open('sv', `?${query}`);
  expect(await shownQuestion(page)).toBe('has-partner');
  const html = await page.locator(WRAPPER).innerHTML();
  for (const raw of hostile) expect(html).not.toContain(raw.slice(0, 12));
  expect(await page.locator(`${WRAPPER} img, ${WRAPPER} [onerror]`).count()).toBe(0);
  const scripts = await page.locator(`${WRAPPER} script`).evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  expect(scripts.filter((text) => text.includes('__pwned'))).toEqual([]);
  expect(await page.evaluate('window.__pwned')).toBeUndefined();
  expect(errors).toEqual([]);
});

test('without JavaScript the server render shows the first question, a note and a <noscript> pointer', async () => {
  const response = await fetch(`${browser.baseURL}${PAGES.sv}`);
  const html = await response.text();
  const widget = html.slice(html.indexOf('data-widget-wrapper="project-type-quiz"'));
  expect(widget).toContain('data-question="activity"');
  expect(widget).toMatch(/<fieldset[^>]*id="q-activity"/);
  expect(widget).toContain('pq-ssr-note');
  expect(widget).toMatch(/<noscript>[\s\S]*?pq-noscript[\s\S]*?<\/noscript>/);
});
