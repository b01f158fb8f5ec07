/**
 * The co-financing calculator where readers stray (issue 11), in Chromium on
 * the built economy pages, in both languages: typing before the script
 * arrives, the language switch, a `//` address, a failed on-use load, 320 px
 * with a large result, JavaScript off, half an answer. Assertions read URLs,
 * data attributes and field values, never wording.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, type Browser } from '../setup/browser.ts';
import { disableJavaScript, doubleSlashAddress, failScripts, holdScripts, sidewaysScroll } from '../setup/strays.ts';
import { openWidget } from '../setup/widget-page.ts';

const PAGES = { sv: '/sv/ekonomi-och-schabloner/', en: '/en/economy-and-flat-rates/' } as const;
type Lang = keyof typeof PAGES;
const OTHER: Record<Lang, Lang> = { sv: 'en', en: 'sv' };

const WIDGET = '[data-widget="co-financing"]';
const ISLAND_MODULE = '**/_astro/CoFinancingCalculator.*.js';
const RESULT_PART = '**/_astro/result-part.*.js';
const EXAMPLE_QUERY = '?c-rest=10&c-hours=400&c-hourly=400&c-admin=40000&c-other=20000';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser.close());

const verdict = (page: Page) => page.locator(`${WIDGET} [data-verdict]`).getAttribute('data-verdict');
const query = (page: Page) => new URL(page.url()).searchParams;

describe.each(['sv', 'en'] as const)('co-financing calculator where readers stray (%s)', (lang) => {
  test('text typed before the script arrives is kept, Enter meanwhile does not reload, and the URL gets it', async () => {
    const { page, errors } = await browser.newPage();
    const held = await holdScripts(page, ISLAND_MODULE);
    await page.goto(`${browser.baseURL}${PAGES[lang]}`);
    await page.locator('#c-rest').scrollIntoViewIfNeeded();
    await page.locator('#c-rest').fill('10');
    await page.locator('#c-hours').fill('400');
    await page.locator('#c-hours').press('Enter');
    expect(new URL(page.url()).search).toBe('');
    await held.release();
    await page.locator(`${WIDGET}[data-ready]`).waitFor();
    expect(await page.locator('#c-rest').inputValue()).toBe('10');
    expect(await page.locator('#c-hours').inputValue()).toBe('400');
    await expect.poll(() => query(page).get('c-rest')).toBe('10');
    expect(query(page).get('c-hours')).toBe('400');
    expect(errors).toEqual([]);
  });

  test('the language switch carries the answers to the other language, with the same verdict', async () => {
    const { page, errors } = await openWidget(browser, PAGES[lang], WIDGET, EXAMPLE_QUERY);
    await page.locator(`${WIDGET} [data-verdict]`).waitFor();
    const before = await verdict(page);
    await page.locator('#c-other').fill('25000');
    await expect.poll(() => query(page).get('c-other')).toBe('25000');
    await page.locator('a[data-lang-switch]').first().click();
    await page.waitForURL((url) => url.pathname === PAGES[OTHER[lang]]);
    expect(query(page).get('c-other')).toBe('25000');
    expect(query(page).get('c-rest')).toBe('10');
    await page.locator(WIDGET).scrollIntoViewIfNeeded();
    await page.locator(`${WIDGET} [data-verdict]`).waitFor();
    expect(await verdict(page)).toBe(before);
    expect(await page.locator('#c-rest').inputValue()).toBe('10');
    expect(errors).toEqual([]);
  });

  test('an address with a double slash still saves the answers', async () => {
    const { page, errors } = await openWidget(browser, PAGES[lang], WIDGET);
    await doubleSlashAddress(page);
    await page.locator('#c-rest').fill('12');
    await expect.poll(() => query(page).get('c-rest')).toBe('12');
    expect(new URL(page.url()).pathname).toBe(`/${PAGES[lang]}`);
    expect(errors).toEqual([]);
  });

  test('a failed load of the result part says so and offers a retry that works', async () => {
    const { page } = await browser.newPage();
    const restore = await failScripts(page, RESULT_PART);
    await page.goto(`${browser.baseURL}${PAGES[lang]}`);
    await page.locator(WIDGET).scrollIntoViewIfNeeded();
    await page.locator(`${WIDGET}[data-ready]`).waitFor();
    await page.locator('#c-rest').fill('10');
    await page.locator(`${WIDGET} [data-load-problem]`).waitFor();
    expect(await page.locator(`${WIDGET} [data-verdict]`).count()).toBe(0);
    await restore();
    await page.locator(`${WIDGET} [data-retry]`).click();
    await page.locator(`${WIDGET} [data-verdict]`).waitFor();
    expect(await page.locator(`${WIDGET} [data-load-problem]`).count()).toBe(0);
    expect(await query(page).get('c-rest')).toBe('10');
  });

  test('half an answer (hours without an hourly cost) gives the error summary naming the field, never a verdict', async () => {
    const { page, errors } = await openWidget(browser, PAGES[lang], WIDGET);
    await page.locator('#c-rest').fill('10');
    await page.locator('#c-hours').fill('400');
    await page.locator(`${WIDGET} [data-submit]`).click();
    await page.locator('#c-errors').waitFor();
    expect(await page.locator('#c-errors li').evaluateAll((els) => els.map((e) => e.getAttribute('data-field')))).toEqual(['c-hourly']);
    const label = (await page.locator('label[for="c-hourly"]').textContent())!.trim();
    expect(await page.locator('#c-errors li a').textContent()).toContain(label);
    expect(await page.locator(`${WIDGET} [data-verdict]`).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('the first click on Calculate after a bad entry shows the summary, focused', async () => {
    const { page, errors } = await openWidget(browser, PAGES[lang], WIDGET);
    await page.locator('#c-rest').fill('tio');
    await page.locator(`${WIDGET} [data-submit]`).click();
    await page.locator('#c-errors').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('c-errors');
    expect(errors).toEqual([]);
  });

  test('at 320 px a large result does not scroll sideways', async () => {
    const { page, errors } = await browser.newPage();
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${browser.baseURL}${PAGES[lang]}?c-rest=9999&c-europe=9999&c-admin=999999999&c-other=999999999`);
    await page.locator(WIDGET).scrollIntoViewIfNeeded();
    await page.locator(`${WIDGET}[data-ready]`).waitFor();
    await page.locator(`${WIDGET} [data-verdict]`).waitFor();
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });

  test('with JavaScript off the form says it needs the script and its button does nothing', async () => {
    const { page } = await browser.newPage();
    await disableJavaScript(page);
    await page.goto(`${browser.baseURL}${PAGES[lang]}`);
    expect(await page.locator(`${WIDGET} [data-submit]`).isDisabled()).toBe(true);
    expect(await page.locator('.cf-noscript').isVisible()).toBe(true);
  });
});
