/**
 * The project-type quiz in Chromium on the built project-type pages: completed
 * with the keyboard alone in both languages (Tab, Space, arrow keys, Enter),
 * Continue with nothing chosen (error summary with focus), URL restore, a
 * hostile URL, print, the server render without JavaScript, axe in the
 * initial, error and outcome states, and a screenshot of the outcome
 * (screenshots/project-type-quiz-<lang>.png). Where readers stray, in both
 * languages: the browser's Back and Forward, a reload, the language switch,
 * a `//` address, a choice made before the script arrived, a failed load of
 * the outcome, JavaScript off, 320 px. Assertions read data attributes,
 * URLs, focus and checked state, never wording.
 */
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectTypeFixtures } from '../../../src/rules/fixtures/project-type.ts';
import { ANSWER_IDS, checkProjectType, type Step } from '../../../src/rules/index.ts';
import { launch, type Browser } from '../setup/browser.ts';
import { disableJavaScript, doubleSlashAddress, failScripts, holdScripts } from '../setup/strays.ts';
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
  await tabUntil(page, `document.activeElement && document.activeElement.hasAttribute('data-submit')`, 'Continue', 5);
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
    await expect.poll(() => page.locator(`${WIDGET} [data-live-region]`).textContent()).not.toBe('');
    expect(new URL(page.url()).search).toBe(queryOf(steps));
    expect(await axe(page)).toEqual([]);
    mkdirSync('screenshots', { recursive: true });
    await page.locator(WRAPPER).screenshot({ path: `screenshots/project-type-quiz-${lang}.png` });
    expect(errors).toEqual([]);
  });

  test('Continue with nothing chosen: the error summary takes focus and links to the first answer', async () => {
    const { page, errors } = await open(lang);
    await tabUntil(page, `document.activeElement && document.activeElement.hasAttribute('data-submit')`, 'Continue');
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
    await page.locator(`${WIDGET} [data-submit]`).click();
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

test('the server render shows the first question, radios named for the answers, Continue disabled with a note, and a <noscript> pointer', async () => {
  const response = await fetch(`${browser.baseURL}${PAGES.sv}`);
  const html = await response.text();
  const widget = html.slice(html.indexOf('data-widget-wrapper="project-type-quiz"'));
  expect(widget).toContain('data-question="activity"');
  expect(widget).toMatch(/<fieldset[^>]*id="q-activity"/);
  expect(widget).toMatch(/<input[^>]*name="q-activity"[^>]*value="exchange"/);
  expect(widget).toMatch(/<button[^>]*type="submit"[^>]*disabled[^>]*data-submit/);
  expect(widget).toContain('kit-waiting');
  expect(widget).toMatch(/<noscript>[\s\S]*?pq-noscript[\s\S]*?<\/noscript>/);
});

const ISLAND_MODULE = '**/_astro/ProjectTypeQuiz.*.js';
const ANSWERED_PART = '**/_astro/answered-part.*.js';
const OTHER: Record<Lang, Lang> = { sv: 'en', en: 'sv' };

const view = (page: Page) => page.locator(WIDGET).getAttribute('data-view');
const search = (page: Page) => new URL(page.url()).search;
/** Waits until the quiz shows `question` (a question step), then says what it shows. */
const questionShown = async (page: Page, question: string) => {
  await page.locator(`${WIDGET} [data-question="${question}"]`).waitFor();
  return shownQuestion(page);
};
const outcomeShown = async (page: Page, outcome: string) => {
  await page.locator(`${WIDGET} [data-outcome="${outcome}"] [data-verdict]`).waitFor();
  return shownOutcome(page);
};
/** Chooses an answer with the mouse and presses Continue; waits for the address to hold it. */
async function answer(page: Page, step: Step) {
  await page.locator(`#q-${step.question}-${step.answer}`).check();
  await page.locator(`${WIDGET} [data-submit]`).click();
  await page.waitForURL((url) => url.searchParams.get(`q-${step.question}`) === step.answer);
}

describe.each(['sv', 'en'] as const)('project-type quiz where readers stray (%s)', (lang) => {
  const fixture = FIXTURE[lang];
  const steps = pathOf(fixture.input);
  const [first, second] = steps as [Step, Step, ...Step[]];

  test('the browser’s Back goes to the previous question, with its answer chosen, and Forward comes back; the outcome too', async () => {
    const { page, errors } = await open(lang);
    for (const step of steps) await answer(page, step);
    expect(await outcomeShown(page, fixture.expected.outcome!)).toBe(fixture.expected.outcome);
    const last = steps.at(-1)!;
    await page.goBack();
    expect(await questionShown(page, last.question)).toBe(last.question);
    expect(await page.locator(`#q-${last.question}-${last.answer}`).isChecked()).toBe(true);
    expect(await focusMovesTo(page, `q-${last.question}-heading`)).toBe(`q-${last.question}-heading`);
    expect(await axe(page)).toEqual([]);
    await page.goBack();
    const before = steps.at(-2)!;
    expect(await questionShown(page, before.question)).toBe(before.question);
    expect(search(page)).toBe(queryOf(steps.slice(0, -2)));
    await page.goForward();
    expect(await questionShown(page, last.question)).toBe(last.question);
    await page.goForward();
    expect(await outcomeShown(page, fixture.expected.outcome!)).toBe(fixture.expected.outcome);
    expect(await page.locator(`${WIDGET} [data-verdict]`).getAttribute('data-verdict')).toBe(fixture.expected.kind);
    expect(search(page)).toBe(queryOf(steps));
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a reload keeps the step', async () => {
    const { page, errors } = await open(lang);
    await answer(page, first);
    await answer(page, second);
    const third = steps[2]!;
    await page.reload();
    await page.locator(WIDGET).scrollIntoViewIfNeeded();
    await page.locator(`${WIDGET}[data-ready]`).waitFor();
    expect(await questionShown(page, third.question)).toBe(third.question);
    expect(search(page)).toBe(queryOf([first, second]));
    expect(await page.locator(`${WIDGET} [data-answer-row]`).count()).toBe(2);
    expect(errors).toEqual([]);
  });

  test('the language switch carries the answers: the other language opens on the same step, and on the same outcome', async () => {
    const { page, errors } = await open(lang);
    await answer(page, first);
    await page.locator('a[data-lang-switch]').first().click();
    await page.waitForURL((url) => url.pathname === PAGES[OTHER[lang]]);
    expect(search(page)).toBe(queryOf([first]));
    await page.locator(WIDGET).scrollIntoViewIfNeeded();
    await page.locator(`${WIDGET}[data-ready]`).waitFor();
    expect(await questionShown(page, second.question)).toBe(second.question);
    for (const step of steps.slice(1)) await answer(page, step);
    await page.locator('a[data-lang-switch]').first().click();
    await page.waitForURL((url) => url.pathname === PAGES[lang]);
    expect(search(page)).toBe(queryOf(steps));
    await page.locator(WIDGET).scrollIntoViewIfNeeded();
    expect(await outcomeShown(page, fixture.expected.outcome!)).toBe(fixture.expected.outcome);
    expect(await view(page)).toBe('outcome');
    expect(errors).toEqual([]);
  });

  test('an address with a double slash (//sv/…) still saves the answers, and Back still works', async () => {
    const { page, errors } = await open(lang);
    await doubleSlashAddress(page);
    await answer(page, first);
    expect(new URL(page.url()).pathname).toBe(`/${PAGES[lang]}`);
    expect(search(page)).toBe(queryOf([first]));
    expect(await questionShown(page, second.question)).toBe(second.question);
    await page.goBack();
    expect(await questionShown(page, first.question)).toBe(first.question);
    expect(new URL(page.url()).pathname).toBe(`/${PAGES[lang]}`);
    expect(errors).toEqual([]);
  });

  test('a choice made before the script arrived is kept; Enter meanwhile does not reload', async () => {
    const { page, errors } = await browser.newPage();
    const held = await holdScripts(page, ISLAND_MODULE);
    await page.goto(`${browser.baseURL}${PAGES[lang]}`);
    await page.locator(`#q-${first.question}-${first.answer}`).scrollIntoViewIfNeeded();
    expect(await page.locator(`${WIDGET} [data-submit]`).isDisabled()).toBe(true);
    await page.locator(`#q-${first.question}-${first.answer}`).check();
    await page.locator(`#q-${first.question}-${first.answer}`).press('Enter');
    expect(search(page)).toBe('');
    await held.release();
    await page.locator(`${WIDGET}[data-ready]`).waitFor();
    expect(await shownQuestion(page)).toBe(first.question);
    expect(await page.locator(`#q-${first.question}-${first.answer}`).isChecked()).toBe(true);
    expect(await page.locator(`${WIDGET} [data-submit]`).isDisabled()).toBe(false);
    expect(await axe(page)).toEqual([]);
    await page.locator(`${WIDGET} [data-submit]`).click();
    expect(await questionShown(page, second.question)).toBe(second.question);
    expect(search(page)).toBe(queryOf([first]));
    expect(errors).toEqual([]);
  });

  test('a failed load of the answered part (outcome, summary) says so and offers a retry that works', async () => {
    const { page } = await browser.newPage();
    const restore = await failScripts(page, ANSWERED_PART);
    await page.goto(`${browser.baseURL}${PAGES[lang]}${queryOf(steps)}`);
    await page.locator(WIDGET).scrollIntoViewIfNeeded();
    await page.locator(`${WIDGET}[data-ready]`).waitFor();
    await page.locator(`${WIDGET} [data-load-problem]`).waitFor();
    expect(await view(page)).toBe('outcome');
    expect(await page.locator(`${WIDGET} [data-verdict]`).count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await restore();
    await page.locator(`${WIDGET} [data-retry]`).click();
    expect(await outcomeShown(page, fixture.expected.outcome!)).toBe(fixture.expected.outcome);
    expect(await page.locator(`${WIDGET} [data-load-problem]`).count()).toBe(0);
  });

  test('with JavaScript off Continue is disabled and the <noscript> note is shown', async () => {
    const { page } = await browser.newPage();
    await disableJavaScript(page);
    await page.goto(`${browser.baseURL}${PAGES[lang]}`);
    expect(await page.locator(`${WIDGET} [data-submit]`).isDisabled()).toBe(true);
    expect(await page.locator(`${WRAPPER} .pq-noscript`).isVisible()).toBe(true);
    expect(await page.locator(`${WIDGET} .kit-waiting`).isVisible()).toBe(true);
  });

  test('at 320 px nothing scrolls sideways, at a question and at the outcome', async () => {
    const { page, errors } = await browser.newPage();
    await page.setViewportSize({ width: 320, height: 800 });
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    // The last question of the long path: the most answers in the summary above it.
    await page.goto(`${browser.baseURL}${PAGES[lang]}${queryOf(steps.slice(0, -1))}`);
    await page.locator(WIDGET).scrollIntoViewIfNeeded();
    await page.locator(`${WIDGET}[data-ready]`).waitFor();
    expect(await questionShown(page, steps.at(-1)!.question)).toBe(steps.at(-1)!.question);
    expect(await width()).toBeLessThanOrEqual(320);
    expect(await axe(page)).toEqual([]);
    await answer(page, steps.at(-1)!);
    expect(await outcomeShown(page, fixture.expected.outcome!)).toBe(fixture.expected.outcome);
    expect(await width()).toBeLessThanOrEqual(320);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
