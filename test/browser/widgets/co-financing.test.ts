/**
 * The co-financing calculator in Chromium on the built economy pages: filled
 * in with the keyboard alone in both languages, a bad participant count
 * ("abc") that moves focus to the error summary and keeps the other answers,
 * URL restore, a hostile URL, axe in the initial, error and result states,
 * and a screenshot of the result (screenshots/co-financing-<lang>.png).
 * Assertions read data attributes, focus and field values, never wording.
 */
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { coFinancingFixtures } from '../../../src/rules/fixtures/co-financing.ts';
import { launch, type Browser } from '../setup/browser.ts';
import { AXE_TAGS, activeId, focusMovesTo, openWidget } from '../setup/widget-page.ts';

const PAGES = { sv: '/sv/ekonomi-och-schabloner/', en: '/en/economy-and-flat-rates/' } as const;
type Lang = keyof typeof PAGES;

const WIDGET = '[data-widget="co-financing"]';
const WRAPPER = '[data-widget-wrapper="co-financing"]';

/** The worked example (10 participants, rest of the world, exactly 50 %) as a reader types it in each language. */
const EXAMPLE = coFinancingFixtures.find((f) => f.id === 'worked-example-exactly-half')!;
const TYPED: Record<Lang, Record<string, string>> = {
  sv: { 'c-europe': '0', 'c-rest': '10', 'c-hours': '400', 'c-hourly': '400 kr', 'c-admin': '40 000', 'c-other': '20000 kr' },
  en: { 'c-europe': '0', 'c-rest': '10', 'c-hours': '400', 'c-hourly': 'SEK 400', 'c-admin': '40,000', 'c-other': '20000' },
};
const EXAMPLE_QUERY = '?c-rest=10&c-hours=400&c-hourly=400&c-admin=40000&c-other=20000';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser.close());

const open = (lang: Lang, search = '') => openWidget(browser, PAGES[lang], WIDGET, search);

const verdict = (page: Page) => page.locator(`${WIDGET} [data-verdict]`).getAttribute('data-verdict');
const rules = (page: Page) =>
  page.locator(`${WIDGET} [data-verdict] [data-rule]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')).sort());
const figure = async (page: Page, name: string) => Number(await page.locator(`${WIDGET} [${name}]`).getAttribute(name));
/** The answers: the fields of the calculator's form (the result's "Why?" has a date field of its own). */
const fieldValues = (page: Page) =>
  page.locator(`${WIDGET} form:has([data-submit]) input`).evaluateAll((els) => Object.fromEntries(els.map((e) => [e.id, (e as HTMLInputElement).value])));

/** Presses Tab until `id` has focus (the page's header, navigation and text links come first). */
async function tabTo(page: Page, id: string, limit = 150) {
  for (let i = 0; i < limit; i++) {
    if ((await activeId(page)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

async function axe(page: Page) {
  const result = await new AxeBuilder({ page: page as never }).include(WRAPPER).withTags(AXE_TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Fills the example with the keyboard: Tab from field to field (the rate fields keep their values), Enter submits. */
async function typeExample(page: Page, lang: Lang) {
  const order = ['c-europe', 'c-rate-europe', 'c-rest', 'c-rate-rest', 'c-hours', 'c-hourly', 'c-admin', 'c-other'];
  await tabTo(page, 'c-europe');
  for (const id of order) {
    expect(await activeId(page)).toBe(id);
    const text = TYPED[lang][id];
    if (text !== undefined) await page.keyboard.type(text);
    await page.keyboard.press('Tab');
  }
}

describe.each(['sv', 'en'] as const)('co-financing calculator (%s)', (lang) => {
  test('filled in with the keyboard alone: verdict, figures and focus on the result', async () => {
    const { page, errors } = await open(lang);
    expect(await axe(page)).toEqual([]);
    await typeExample(page, lang);
    await page.keyboard.press('Enter'); // focus is on "Calculate"
    expect(await focusMovesTo(page, 'c-result')).toBe('c-result');
    expect(await verdict(page)).toBe(EXAMPLE.expected.kind);
    expect(await rules(page)).toEqual([...EXAMPLE.expected.rules].sort());
    expect(await figure(page, 'data-grant-ore')).toBe(EXAMPLE.expected.grantOre);
    expect(await figure(page, 'data-own-contribution-ore')).toBe(EXAMPLE.expected.ownContributionOre);
    expect(await figure(page, 'data-own-share-basis-points')).toBe(EXAMPLE.expected.ownShareBasisPoints);
    // The answers are in the URL, in one plain form for both languages.
    expect(new URL(page.url()).search).toBe(`?c-europe=0&${EXAMPLE_QUERY.slice(1)}`);
    expect(await axe(page)).toEqual([]);
    mkdirSync('screenshots', { recursive: true });
    await page.locator(WRAPPER).screenshot({ path: `screenshots/co-financing-${lang}.png` });
    expect(errors).toEqual([]);
  });

  test('"abc" participants: the error summary takes focus, links to the field, and the other answers stay', async () => {
    const { page, errors } = await open(lang, EXAMPLE_QUERY);
    const before = await fieldValues(page);
    await tabTo(page, 'c-rest');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('abc');
    await page.keyboard.press('Enter'); // submits the form from the field
    expect(await focusMovesTo(page, 'c-errors')).toBe('c-errors');
    expect(await page.locator('#c-errors a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['#c-rest']);
    expect(await page.locator('#c-rest').getAttribute('aria-invalid')).toBe('true');
    expect(await fieldValues(page)).toEqual({ ...before, 'c-rest': 'abc' });
    expect(await axe(page)).toEqual([]);
    // The summary's link takes the reader to the field.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focusMovesTo(page, 'c-rest')).toBe('c-rest');
    expect(errors).toEqual([]);
  });

  test('a URL with answers restores them and the verdict', async () => {
    const { page, errors } = await open(lang, EXAMPLE_QUERY);
    expect(await page.locator('#c-rest').inputValue()).toBe('10');
    expect(await verdict(page)).toBe('eligible');
    expect(await figure(page, 'data-total-ore')).toBe(EXAMPLE.expected.totalOre);
    expect(errors).toEqual([]);
  });

  test('print shows the answers, the verdict with its sources and the date, and hides the form controls', async () => {
    const { page, errors } = await open(lang, EXAMPLE_QUERY);
    // The result part loads on use, after the form is ready: wait for it, not for time.
    await page.locator(`${WIDGET} [data-verdict]`).waitFor();
    await page.locator(`${WIDGET} [data-print-summary]`).waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator(`${WIDGET} [data-print-summary]`).isVisible()).toBe(true);
    expect(await page.locator(`${WIDGET} [data-print-summary] dd`).count()).toBe(8);
    expect(await page.locator(`${WIDGET} [data-verdict]`).isVisible()).toBe(true);
    expect(await page.locator(`${WIDGET} [data-verdict] [data-rule] .kit-finding__source`).first().isVisible()).toBe(true);
    expect(await page.locator('#c-rest').isVisible()).toBe(false);
    expect(await page.locator(`${WIDGET} button`).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length)).toBe(0);
    expect(errors).toEqual([]);
  });

  test('a hostile URL renders no markup from it, drops only the bad fields and logs no error', async () => {
    const query = new URLSearchParams({
      'c-rest': '<script>window.__pwned=1</script>',
      'c-europe': '"><img src=x onerror="window.__pwned=1">',
      'c-hours': '1e308',
      'c-admin': '-5',
      'c-hourly': 'x'.repeat(10_000),
      'c-other': '12',
    });
    const { page, errors } = await open(lang, `?${query}`);
    // Astro's own island loader scripts sit in the wrapper; none may come from the URL.
    expect(await page.locator(`${WIDGET} script, ${WRAPPER} img`).count()).toBe(0);
    expect(await page.locator(`${WRAPPER} script`).evaluateAll((els) => els.filter((e) => e.textContent?.includes('__pwned')).length)).toBe(0);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    const values = await fieldValues(page);
    expect([values['c-rest'], values['c-europe'], values['c-hours'], values['c-admin'], values['c-hourly']]).toEqual(['', '', '', '', '']);
    expect(values['c-other']).toBe('12');
    expect(await page.locator(WRAPPER).innerHTML()).not.toMatch(/onerror|__pwned|1e308|xxxxxxxxxx/);
    expect(errors).toEqual([]);
  });
});

describe('on the self-check page, beside the other widgets', () => {
  test.each([
    ['sv', '/sv/sjalvtest/'],
    ['en', '/en/self-check/'],
  ] as const)('%s: restores its own keys, leaves the others, and keeps the others on Start again', async (_lang, path) => {
    const { page, errors } = await browser.newPage();
    await page.goto(`${browser.baseURL}${path}${EXAMPLE_QUERY}&p-keep=1&q-keep=2`);
    await page.locator(WIDGET).scrollIntoViewIfNeeded();
    await page.locator(`${WIDGET}[data-ready]`).waitFor();
    expect(await verdict(page)).toBe('eligible');
    await page.locator(`${WIDGET} [data-start-again]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.search.includes('c-')), { timeout: 5000 }).toBe(false);
    const query = new URL(page.url()).searchParams;
    expect([...query.keys()].filter((key) => key.startsWith('c-'))).toEqual([]);
    expect(query.get('p-keep')).toBe('1');
    expect(query.get('q-keep')).toBe('2');
    expect(errors).toEqual([]);
  });
});
